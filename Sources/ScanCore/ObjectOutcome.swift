/// The canonical result of scanning one object; policy acts on it.
public enum ObjectOutcome: Sendable, Codable, Hashable {
    /// Scanned; nothing matched.
    case clean
    /// Scanned; at least one rule matched.
    case findings
    /// Read but could not be scanned (for example a decoding failure).
    case unableToScan(reason: String)
    /// Could not be read.
    case fetchFailed(reason: String)
    /// Reading or scanning took too long.
    case timeout
    /// A format the scanner does not handle (binary files).
    case unsupportedType(reason: String)
    /// Skipped by policy (too large, excluded type).
    case policyBlocked(reason: String)

    /// The stable name stored in the database and shown in output.
    public var name: String {
        switch self {
        case .clean: "clean"
        case .findings: "findings"
        case .unableToScan: "unable_to_scan"
        case .fetchFailed: "fetch_failed"
        case .timeout: "timeout"
        case .unsupportedType: "unsupported_type"
        case .policyBlocked: "policy_blocked"
        }
    }

    /// The reason, for outcomes that carry one.
    public var reason: String? {
        switch self {
        case .clean, .findings, .timeout: nil
        case .unableToScan(let reason), .fetchFailed(let reason), .unsupportedType(let reason),
            .policyBlocked(let reason):
            reason
        }
    }

    /// Whether the object was scanned completely; only then can its old findings be fixed.
    public var isComplete: Bool { self == .clean || self == .findings }

    /// Whether the outcome counts as a failure in the run's counters.
    public var isFailure: Bool {
        switch self {
        case .fetchFailed, .timeout, .unableToScan: true
        default: false
        }
    }

    /// Rebuilds an outcome from its stored name and reason.
    public init?(name: String, reason: String?) {
        let why = reason ?? ""
        switch name {
        case "clean": self = .clean
        case "findings": self = .findings
        case "unable_to_scan": self = .unableToScan(reason: why)
        case "fetch_failed": self = .fetchFailed(reason: why)
        case "timeout": self = .timeout
        case "unsupported_type": self = .unsupportedType(reason: why)
        case "policy_blocked": self = .policyBlocked(reason: why)
        default: return nil
        }
    }
}
