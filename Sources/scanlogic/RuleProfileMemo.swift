import ScanEngine
import Synchronization

/// Compiles each distinct rule set document once per process.
///
/// `scan` compiles the rule set up front to report a malformed one before any run starts;
/// the worker then reuses that compilation instead of paying for it again.
final class RuleProfileMemo: Sendable {
    private let profiles = Mutex<[String: RuleProfile]>([:])

    /// The compiled profile of `document`; `file` names it in error messages.
    func profile(for document: String?, file: String = "rule set") throws -> RuleProfile {
        let key = document ?? ""
        if let profile = profiles.withLock({ $0[key] }) { return profile }
        let profile = try RuleProfile.compile(document: document, file: file)
        profiles.withLock { $0[key] = profile }
        return profile
    }
}
