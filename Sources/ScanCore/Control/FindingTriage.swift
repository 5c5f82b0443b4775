public import Foundation

/// A person's decision about a finding. A triaged finding stays tracked across runs but
/// is hidden from the default open list and never reopened by a later scan.
public enum TriageState: String, Sendable, Codable, CaseIterable {
    case falsePositive = "false_positive"
    case acceptedRisk = "accepted_risk"
    case ignored
}

/// Who triaged a finding, how, when and why.
public struct FindingTriage: Sendable, Codable, Hashable {
    /// The decision.
    public var state: TriageState
    /// Why; required so the audit trail explains itself.
    public var reason: String
    /// The token name or user that decided.
    public var actor: String
    /// When.
    public var at: Date

    /// Creates a triage record.
    public init(state: TriageState, reason: String, actor: String, at: Date) {
        self.state = state
        self.reason = reason
        self.actor = actor
        self.at = at
    }
}
