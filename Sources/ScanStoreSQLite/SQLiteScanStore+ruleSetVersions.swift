public import Foundation
import GRDB
public import ScanCore

extension SQLiteScanStore {
    /// Inserts version `latest + 1` and copies it into every definition of the tenant that
    /// follows the set, so their next run scans with it.
    /// - Throws: `.notFound` when the rule set is not in the tenant.
    public func addRuleSetVersion(
        _ id: Identifier<RuleSetRecord>,
        tenant: TenantID,
        document: String,
        actor: String,
        at: Date
    ) async throws -> RuleSetVersion {
        try await write { db in
            guard let record = try db.ruleSet(id, tenant: tenant) else {
                throw ScanError(.notFound, "rule set \(id) not found")
            }
            let version = RuleSetVersion(
                ruleSetID: id,
                version: record.latestVersion + 1,
                document: document,
                createdBy: actor,
                createdAt: at
            )
            try db.execute(
                sql: """
                    INSERT INTO rule_set_versions (rule_set_id, version, document, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?)
                    """,
                arguments: [id.rawValue, version.version, document, actor, at]
            )
            try db.execute(
                sql: "UPDATE rule_sets SET latest_version = ?, updated_at = ? WHERE id = ?",
                arguments: [version.version, at, id.rawValue]
            )
            try db.execute(
                sql: """
                    UPDATE scan_definitions SET rule_set = ?, rule_set_version = ?
                    WHERE rule_set_id = ? AND tenant_id = ?
                    """,
                arguments: [document, version.version, id.rawValue, tenant.rawValue]
            )
            return version
        }
    }

    public func ruleSetVersions(_ id: Identifier<RuleSetRecord>, tenant: TenantID) async throws -> [RuleSetVersion] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT v.* FROM rule_set_versions v JOIN rule_sets s ON s.id = v.rule_set_id
                    WHERE v.rule_set_id = ? AND s.tenant_id = ? ORDER BY v.version DESC
                    """,
                arguments: [id.rawValue, tenant.rawValue]
            ).map { $0.ruleSetVersion() }
        }
    }

    public func ruleSetVersion(
        _ id: Identifier<RuleSetRecord>,
        version: Int,
        tenant: TenantID
    ) async throws -> RuleSetVersion? {
        try await read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT v.* FROM rule_set_versions v JOIN rule_sets s ON s.id = v.rule_set_id
                    WHERE v.rule_set_id = ? AND v.version = ? AND s.tenant_id = ?
                    """,
                arguments: [id.rawValue, version, tenant.rawValue]
            )?.ruleSetVersion()
        }
    }
}
