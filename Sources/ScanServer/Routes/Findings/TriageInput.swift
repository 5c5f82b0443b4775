import Foundation
import ScanCore

/// The body of `POST /findings/{id}/triage` and, with `ids`, of `POST /findings/triage`.
struct TriageInput: APIInput {
    enum Fields: String, CodingKey, CaseIterable {
        case ids, state, reason
    }

    /// The most findings one bulk request may triage.
    static let maxIDs = 1000
    /// The longest reason accepted.
    static let maxReason = 1000

    var ids: [Int64]?
    var state: String
    var reason: String?

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Fields.self)
        ids = try container.decodeIfPresent([Int64].self, forKey: .ids)
        state = try container.decode(String.self, forKey: .state)
        reason = try container.decodeIfPresent(String.self, forKey: .reason)
    }

    /// The triage to store (`nil` for `none`, which clears it).
    /// - Throws: 422 naming `state` or `reason`.
    func triage(actor: String, at now: Date) throws -> FindingTriage? {
        if state == "none" { return nil }
        guard let value = TriageState(rawValue: state) else {
            let allowed = (TriageState.allCases.map(\.rawValue) + ["none"]).joined(separator: ", ")
            throw APIProblem.invalid("state", "field 'state' must be one of \(allowed)")
        }
        let trimmed = reason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !trimmed.isEmpty else {
            throw APIProblem.invalid("reason", "field 'reason' is required to triage a finding")
        }
        guard trimmed.count <= Self.maxReason else {
            throw APIProblem.invalid("reason", "field 'reason' must be at most \(Self.maxReason) characters")
        }
        return FindingTriage(state: value, reason: trimmed, actor: actor, at: now)
    }

    /// The audit detail: the state and the reason.
    func auditDetail(_ triage: FindingTriage?) -> String {
        guard let triage else { return "state=none" }
        return "state=\(triage.state.rawValue) reason=\(triage.reason)"
    }
}
