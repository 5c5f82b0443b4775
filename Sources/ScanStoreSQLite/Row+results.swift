import Foundation
import GRDB
import ScanCore

/// Decoding of result rows: findings, assets, object records and audit events.
extension Row {
    func finding() throws -> Finding {
        Finding(
            id: self["id"],
            tenantID: TenantID(self["tenant_id"]),
            definitionID: Identifier(self["definition_id"]),
            detection: try detection(),
            status: try enumValue(FindingStatus.self, "status"),
            lastChange: try enumValue(FindingChange.self, "last_change"),
            firstSeenRun: Identifier(self["first_seen_run"]),
            lastSeenRun: Identifier(self["last_seen_run"]),
            firstSeenAt: self["first_seen_at"],
            lastSeenAt: self["last_seen_at"],
            triage: try triage()
        )
    }

    /// The triage columns are set and cleared together, so the state alone decides.
    private func triage() throws -> FindingTriage? {
        guard self["triage_state"] as String? != nil else { return nil }
        return FindingTriage(
            state: try enumValue(TriageState.self, "triage_state"),
            reason: self["triage_reason"] ?? "",
            actor: self["triage_actor"] ?? "",
            at: self["triage_at"]
        )
    }

    private func detection() throws -> Detection {
        Detection(
            fingerprint: self["fingerprint"],
            ruleID: self["rule_id"],
            category: try enumValue(RuleCategory.self, "category"),
            severity: try enumValue(Severity.self, "severity"),
            assetPath: self["asset_path"],
            line: self["line"],
            column: self["col"],
            valueHash: self["value_hash"],
            preview: self["preview"],
            confidence: self["confidence"]
        )
    }

    func asset() throws -> Asset {
        Asset(
            sourceID: Identifier(self["source_id"]),
            path: self["path"],
            parentPath: self["parent_path"],
            kind: try enumValue(AssetKind.self, "kind"),
            size: self["size"],
            dataType: self["data_type"],
            classifications: try JSONColumn.decode([Classification].self, from: self["classifications"]),
            firstSeenRun: Identifier(self["first_seen_run"]),
            lastSeenRun: Identifier(self["last_seen_run"]),
            firstSeenAt: self["first_seen_at"],
            lastSeenAt: self["last_seen_at"],
            lastOutcome: self["last_outcome"]
        )
    }

    func objectRecord() throws -> ObjectRecord {
        let name: String = self["outcome"]
        guard let outcome = ObjectOutcome(name: name, reason: self["reason"]) else {
            throw ScanError(.storage, "unknown outcome '\(name)' in the store")
        }
        return ObjectRecord(
            runID: Identifier(self["run_id"]),
            path: self["path"],
            outcome: outcome,
            bytesRead: self["bytes_read"],
            findingCount: self["finding_count"],
            finalizedAt: self["finalized_at"]
        )
    }

    func auditEvent() -> AuditEvent {
        AuditEvent(
            id: self["id"],
            tenantID: TenantID(self["tenant_id"]),
            at: self["at"],
            actor: self["actor"],
            action: self["action"],
            target: self["target"],
            detail: self["detail"],
            requestID: self["request_id"]
        )
    }
}
