/// The OpenAPI 3.1 document of the API, served at `/openapi.json`.
public enum OpenAPIDocument {
    /// The document as JSON.
    public static let json = """
        {"openapi": "3.1.0", "info": {"title": "ScanLogic API", "version": "1"}, "paths": {}}
        """
}
