/// How a run's findings were produced.
public enum RunOrigin: String, Sendable, Codable, CaseIterable {
    /// ScanLogic's own pipeline scanned the definition's source.
    case scan
    /// Another scanner's report was ingested (SARIF or the native format).
    case ingest
}
