public import Foundation
public import ScanCore

/// Post-scan policy: decides, from a finalized object's normalized outcome, whether an
/// act job runs and which audit events it writes.
///
/// Today's actions are alerts in the audit log; remediation and notifications plug in
/// here as further event kinds.
public struct OutcomePolicy: Sendable {
    /// When policy acts.
    public struct Configuration: Sendable {
        /// Objects with a finding at or above this severity raise `policy.alert`.
        public var alertSeverity: Severity
        /// Whether failed objects (fetch, timeout, unable to scan) raise `policy.object_failed`.
        public var alertOnFailure: Bool

        /// Creates a configuration; by default high and critical findings and failures alert.
        public init(alertSeverity: Severity = .high, alertOnFailure: Bool = true) {
            self.alertSeverity = alertSeverity
            self.alertOnFailure = alertOnFailure
        }
    }

    private let configuration: Configuration

    /// Creates a policy.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// The act job for `result`, or `nil` when policy has nothing to do.
    public func actJob(for result: ObjectResult, run: Identifier<ScanRun>, priority: Int) -> NewJob? {
        let maxSeverity = result.detections.map(\.severity).max()
        let alert = maxSeverity.map { $0 >= configuration.alertSeverity } ?? false
        let failed = configuration.alertOnFailure && result.outcome.isFailure
        guard alert || failed else { return nil }
        let input = PolicyInput(
            objectPath: result.object.path,
            outcome: result.outcome.name,
            maxSeverity: maxSeverity,
            findingCount: result.detections.count
        )
        return NewJob(
            kind: .act,
            idempotencyKey: "\(run.rawValue)/act/\(result.object.path)",
            priority: priority,
            payload: .act(input)
        )
    }

    /// The audit events the act job writes.
    public func events(for input: PolicyInput, job: Job, at: Date) -> [AuditEvent] {
        let action = input.findingCount > 0 ? "policy.alert" : "policy.object_failed"
        var detail = "outcome=\(input.outcome) findings=\(input.findingCount)"
        if let severity = input.maxSeverity { detail += " max_severity=\(severity.rawValue)" }
        return [
            AuditEvent(
                tenantID: job.tenantID,
                at: at,
                actor: "policy",
                action: action,
                target: "\(job.runID.rawValue):\(input.objectPath)",
                detail: detail
            )
        ]
    }
}
