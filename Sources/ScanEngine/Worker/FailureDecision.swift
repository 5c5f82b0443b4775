public import Foundation
public import ScanCore

/// What to do with a job whose attempt failed: a pure decision, tested as a table.
public enum FailureDecision: Sendable, Equatable {
    /// Try again later.
    case retry(at: Date)
    /// Stop trying and record this outcome for the object (scan jobs).
    case record(ObjectOutcome)
    /// Stop trying; the job is dead (enumeration, finalize and act jobs).
    case giveUp

    /// Decides after `job` failed with `error`.
    /// - Parameters:
    ///   - unit: a random number in `0..<1` for the back-off jitter.
    public static func decide(job: Job, error: any Error, policy: RetryPolicy, now: Date, unit: Double) -> Self {
        let scanError = error as? ScanError
        let transient = scanError?.isTransient ?? false
        if transient, job.attempts < job.maxAttempts {
            let delay = policy.delay(afterAttempt: job.attempts, unit: unit)
            return .retry(at: now.addingTimeInterval(delay))
        }
        guard case .scan = job.kind else { return .giveUp }
        return .record(outcome(for: scanError, fallback: error))
    }

    /// The canonical outcome of an object whose fetch or scan failed for good.
    public static func outcome(for error: ScanError?, fallback: any Error) -> ObjectOutcome {
        guard let error else { return .unableToScan(reason: String(describing: type(of: fallback))) }
        switch error.code {
        case .timeout: return .timeout
        case .permissionDenied: return .fetchFailed(reason: "permission denied")
        case .notFound: return .fetchFailed(reason: "object no longer exists")
        case .fetchFailed, .connectionFailed: return .fetchFailed(reason: error.message)
        case .unsupported: return .unsupportedType(reason: error.message)
        default: return .unableToScan(reason: error.message)
        }
    }
}
