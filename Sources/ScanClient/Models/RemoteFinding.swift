import Foundation
public import ScanCore

/// A finding as the API returns it, read leniently into the domain ``Finding``.
///
/// The detection's members are read from a nested `detection` object, or from the finding
/// itself when the server flattens them. Unknown enum values fall back to safe defaults.
public struct RemoteFinding: Decodable, Sendable, Hashable {
    /// The finding as a domain value, for the printers the local commands use.
    public var finding: Finding

    enum CodingKeys: String, CodingKey {
        case id, status, detection, triage
        case definitionID = "definition_id"
        case lastChange = "last_change"
        case firstSeenRun = "first_seen_run"
        case lastSeenRun = "last_seen_run"
        case firstSeenAt = "first_seen_at"
        case lastSeenAt = "last_seen_at"
    }

    enum DetectionKeys: String, CodingKey {
        case fingerprint, category, severity, line, column, preview, confidence
        case ruleID = "rule_id"
        case assetPath = "asset_path"
        case valueHash = "value_hash"
    }

    enum TriageKeys: String, CodingKey {
        case state, reason, actor, at
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id: Int64 = try container.lenient(.id) ?? Int64(container.decode(String.self, forKey: .id)) ?? 0
        let nested = try? container.nestedContainer(keyedBy: DetectionKeys.self, forKey: .detection)
        let detection = Self.detection(try nested ?? decoder.container(keyedBy: DetectionKeys.self))
        let epoch = Date(timeIntervalSince1970: 0)
        finding = Finding(
            id: id,
            tenantID: Tenant.defaultID,
            definitionID: Identifier(container.lenient(.definitionID) ?? ""),
            detection: detection,
            status: container.lenient(.status) ?? .open,
            lastChange: container.lenient(.lastChange) ?? .unchanged,
            firstSeenRun: Identifier(container.lenient(.firstSeenRun) ?? ""),
            lastSeenRun: Identifier(container.lenient(.lastSeenRun) ?? ""),
            firstSeenAt: container.lenient(.firstSeenAt) ?? epoch,
            lastSeenAt: container.lenient(.lastSeenAt) ?? epoch,
            triage: (try? container.nestedContainer(keyedBy: TriageKeys.self, forKey: .triage)).flatMap(Self.triage)
        )
    }

    private static func detection(_ container: KeyedDecodingContainer<DetectionKeys>) -> Detection {
        Detection(
            fingerprint: container.lenient(.fingerprint) ?? "",
            ruleID: container.lenient(.ruleID) ?? "?",
            category: container.lenient(.category) ?? .credential,
            severity: container.lenient(.severity) ?? .info,
            assetPath: container.lenient(.assetPath) ?? "",
            line: container.lenient(.line),
            column: container.lenient(.column),
            valueHash: container.lenient(.valueHash) ?? "",
            preview: container.lenient(.preview) ?? "",
            confidence: container.lenient(.confidence) ?? 1
        )
    }

    private static func triage(_ container: KeyedDecodingContainer<TriageKeys>) -> FindingTriage? {
        guard let state: TriageState = container.lenient(.state) else { return nil }
        return FindingTriage(
            state: state,
            reason: container.lenient(.reason) ?? "",
            actor: container.lenient(.actor) ?? "",
            at: container.lenient(.at) ?? Date(timeIntervalSince1970: 0)
        )
    }
}
