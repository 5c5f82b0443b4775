import Foundation
import ScanCore

/// A finding as the API shows it, with its snake_case keys spelt out.
///
/// Listing findings is the API's hottest read; Foundation's `convertToSnakeCase` strategy
/// rewrites every key of every object and halves the encoder's speed, so finding pages are
/// encoded from these views by ``JSONResponse/makePlain(_:status:)`` instead.
struct FindingView: Encodable {
    let finding: Finding

    enum CodingKeys: String, CodingKey {
        case id, status, detection, triage, tool, message, tags
        case endLine = "end_line"
        case tenantID = "tenant_id"
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

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(finding.id, forKey: .id)
        try container.encode(finding.tenantID, forKey: .tenantID)
        try container.encode(finding.definitionID, forKey: .definitionID)
        try encode(finding.detection, into: container.nestedContainer(keyedBy: DetectionKeys.self, forKey: .detection))
        try container.encode(finding.status, forKey: .status)
        try container.encode(finding.lastChange, forKey: .lastChange)
        try container.encode(finding.firstSeenRun, forKey: .firstSeenRun)
        try container.encode(finding.lastSeenRun, forKey: .lastSeenRun)
        try container.encode(finding.firstSeenAt, forKey: .firstSeenAt)
        try container.encode(finding.lastSeenAt, forKey: .lastSeenAt)
        // FindingTriage's keys (state, reason, actor, at) are already snake_case.
        try container.encodeIfPresent(finding.triage, forKey: .triage)
        try container.encode(finding.tool, forKey: .tool)
        try container.encodeIfPresent(finding.message, forKey: .message)
        try container.encodeIfPresent(finding.endLine, forKey: .endLine)
        try container.encode(finding.tags, forKey: .tags)
    }

    private func encode(_ detection: Detection, into container: KeyedEncodingContainer<DetectionKeys>) throws {
        var container = container
        try container.encode(detection.fingerprint, forKey: .fingerprint)
        try container.encode(detection.ruleID, forKey: .ruleID)
        try container.encode(detection.category, forKey: .category)
        try container.encode(detection.severity, forKey: .severity)
        try container.encode(detection.assetPath, forKey: .assetPath)
        try container.encodeIfPresent(detection.line, forKey: .line)
        try container.encodeIfPresent(detection.column, forKey: .column)
        try container.encode(detection.valueHash, forKey: .valueHash)
        try container.encode(detection.preview, forKey: .preview)
        try container.encode(detection.confidence, forKey: .confidence)
    }
}

/// A page of findings with its keys spelt out (see ``FindingView``).
struct FindingPage: Encodable {
    let items: [FindingView]
    let nextCursor: String?

    enum CodingKeys: String, CodingKey {
        case items
        case nextCursor = "next_cursor"
    }
}
