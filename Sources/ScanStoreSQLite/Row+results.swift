import Foundation
import GRDB
import ScanCore
import ScanStoreSQL

/// Decoding of result rows: findings, assets, object records and audit events.
extension Row {
    /// A finding from a row selected with ``FindingColumns/list``, read by position.
    ///
    /// Looking columns up by name lowercases every name on every read, which was the
    /// largest cost of listing findings; positions cost nothing.
    func finding() throws -> Finding {
        Finding(
            id: self[0],
            tenantID: TenantID(self[1]),
            definitionID: Identifier(self[2]),
            detection: try detection(),
            status: try enumValue(FindingStatus.self, at: 13, "status"),
            lastChange: try enumValue(FindingChange.self, at: 14, "last_change"),
            firstSeenRun: Identifier(self[15]),
            lastSeenRun: Identifier(self[16]),
            firstSeenAt: self[17],
            lastSeenAt: self[18],
            triage: try triage(),
            tool: self[23],
            message: self[24],
            endLine: self[25],
            tags: try JSONColumn.decode([String].self, from: self[26])
        )
    }

    /// The triage columns are set and cleared together, so the state alone decides.
    private func triage() throws -> FindingTriage? {
        guard self[19] as String? != nil else { return nil }
        return FindingTriage(
            state: try enumValue(TriageState.self, at: 19, "triage_state"),
            reason: self[20] ?? "",
            actor: self[21] ?? "",
            at: self[22]
        )
    }

    private func detection() throws -> Detection {
        Detection(
            fingerprint: self[3],
            ruleID: self[4],
            category: try enumValue(RuleCategory.self, at: 5, "category"),
            severity: try enumValue(Severity.self, at: 6, "severity"),
            assetPath: self[7],
            line: self[8],
            column: self[9],
            valueHash: self[10],
            preview: self[11],
            confidence: self[12]
        )
    }

    /// A string column at `index` as the enum `T`.
    private func enumValue<T: RawRepresentable>(_ type: T.Type, at index: Int, _ column: String) throws -> T
    where T.RawValue == String {
        let raw: String = self[index]
        guard let value = T(rawValue: raw) else {
            throw ScanError(.storage, "unknown \(column) '\(raw)' in the store")
        }
        return value
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

/// The columns of a finding in the order ``Row/finding()`` reads them; queries select
/// `findings` as `f`.
enum FindingColumns {
    static let list = """
        f.id, f.tenant_id, f.definition_id, f.fingerprint, f.rule_id, f.category, f.severity, \
        f.asset_path, f.line, f.col, f.value_hash, f.preview, f.confidence, f.status, f.last_change, \
        f.first_seen_run, f.last_seen_run, f.first_seen_at, f.last_seen_at, f.triage_state, \
        f.triage_reason, f.triage_actor, f.triage_at, f.tool, f.message, f.end_line, f.tags
        """
}
