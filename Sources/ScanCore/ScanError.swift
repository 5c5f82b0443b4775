/// The error every ScanLogic module throws for domain failures.
///
/// Callers match on ``code``; ``description`` is safe to log and never contains
/// secrets, scan targets or credentials. Details go in ``debugDescription``.
public struct ScanError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// A stable error category that callers switch on.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        fileprivate enum Base: String, Sendable {
            case notFound, duplicate, invalidInput, invalidRuleSet, invalidRule
            case connectionFailed, permissionDenied, fetchFailed, timeout, unsupported
            case conflict, leaseLost, storage, internalError, tooLarge
        }

        fileprivate let base: Base

        /// The referenced record does not exist.
        public static let notFound = Code(base: .notFound)
        /// A record with the same unique key already exists.
        public static let duplicate = Code(base: .duplicate)
        /// Input from the user (arguments, target, options) is malformed.
        public static let invalidInput = Code(base: .invalidInput)
        /// A rule set document cannot be parsed or validated.
        public static let invalidRuleSet = Code(base: .invalidRuleSet)
        /// A single rule (for example a custom regex) is invalid.
        public static let invalidRule = Code(base: .invalidRule)
        /// A data source refused or dropped the connection.
        public static let connectionFailed = Code(base: .connectionFailed)
        /// The source denied access to an object.
        public static let permissionDenied = Code(base: .permissionDenied)
        /// An object could not be read.
        public static let fetchFailed = Code(base: .fetchFailed)
        /// An operation exceeded its deadline.
        public static let timeout = Code(base: .timeout)
        /// The object or operation is not supported.
        public static let unsupported = Code(base: .unsupported)
        /// The request conflicts with the current state (for example a finished run).
        public static let conflict = Code(base: .conflict)
        /// A worker tried to complete a job whose lease it no longer holds.
        public static let leaseLost = Code(base: .leaseLost)
        /// The store failed.
        public static let storage = Code(base: .storage)
        /// An unexpected internal failure.
        public static let internalError = Code(base: .internalError)
        /// The input is over a size or count limit.
        public static let tooLarge = Code(base: .tooLarge)

        public var description: String { base.rawValue }
    }

    /// The category of the failure.
    public var code: Code
    /// A short message that is safe to show and log.
    public var message: String
    /// Extra detail for debugging; may name paths, never secrets.
    public var detail: String?
    /// Whether retrying the same operation later may succeed.
    public var isTransient: Bool
    /// Where the error was created.
    public var file: String
    /// The line where the error was created.
    public var line: Int

    /// Creates an error.
    public init(
        _ code: Code,
        _ message: String,
        detail: String? = nil,
        transient: Bool = false,
        file: String = #fileID,
        line: Int = #line
    ) {
        self.code = code
        self.message = message
        self.detail = detail
        self.isTransient = transient
        self.file = file
        self.line = line
    }

    public var description: String { "\(code): \(message)" }

    public var debugDescription: String {
        var text = "ScanError(\(code)): \(message)"
        if let detail { text += " [\(detail)]" }
        return text + " at \(file):\(line)"
    }
}
