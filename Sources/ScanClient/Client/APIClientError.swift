/// The error the ScanLogic API client throws.
///
/// Callers match on ``code``. ``description`` shows the HTTP status, the server's `detail`
/// and `field` and the request id, and never the bearer token or request headers.
public struct APIClientError: Error, Sendable, CustomStringConvertible {
    /// A stable error category that callers switch on.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        fileprivate enum Base: String, Sendable {
            case rejected, unreachable, timeout, invalidResponse, invalidInput, notConfigured
        }

        fileprivate let base: Base

        /// The server answered with an error status (its problem document is in the error).
        public static let rejected = Code(base: .rejected)
        /// The server could not be reached or dropped the connection.
        public static let unreachable = Code(base: .unreachable)
        /// The request did not complete in time.
        public static let timeout = Code(base: .timeout)
        /// The server answered with a body this client cannot read.
        public static let invalidResponse = Code(base: .invalidResponse)
        /// An option given to the client is malformed.
        public static let invalidInput = Code(base: .invalidInput)
        /// The server address or token is missing.
        public static let notConfigured = Code(base: .notConfigured)

        public var description: String { base.rawValue }
    }

    /// The category of the failure.
    public var code: Code
    /// What went wrong: the problem's `detail`, or a message written here.
    public var message: String
    /// The HTTP status, when the server answered.
    public var status: Int?
    /// The problem's `title`.
    public var title: String?
    /// The problem's `field`: the JSON path or query parameter at fault.
    public var field: String?
    /// The problem's `request_id`, to find the request in the server's logs.
    public var requestID: String?

    /// Creates an error.
    public init(
        _ code: Code,
        _ message: String,
        status: Int? = nil,
        title: String? = nil,
        field: String? = nil,
        requestID: String? = nil
    ) {
        self.code = code
        self.message = message
        self.status = status
        self.title = title
        self.field = field
        self.requestID = requestID
    }

    public var description: String {
        var text = ""
        if let status { text += "HTTP \(status)" + (title.map { " \($0)" } ?? "") + ": " }
        text += message
        if let field { text += " (field: \(field))" }
        if let requestID { text += " [request \(requestID)]" }
        return text
    }
}
