import Foundation
import GRDB
public import ScanCore

extension SQLiteScanStore {
    /// Inserts the rule set, or updates its name and description; `latest_version` and the
    /// versions are only changed by ``addRuleSetVersion(_:tenant:document:actor:at:)``.
    /// - Throws: `.duplicate` for a name clash, or when the id belongs to another tenant.
    public func save(_ ruleSet: RuleSetRecord) async throws {
        try await write { db in
            try db.execute(
                sql: """
                    INSERT INTO rule_sets (id, tenant_id, name, description, latest_version, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description
                        WHERE rule_sets.tenant_id = excluded.tenant_id
                    """,
                arguments: [
                    ruleSet.id.rawValue, ruleSet.tenantID.rawValue, ruleSet.name, ruleSet.description,
                    ruleSet.latestVersion, ruleSet.createdAt, ruleSet.updatedAt,
                ]
            )
            guard db.changesCount == 1 else {
                throw ScanError(.duplicate, "rule set \(ruleSet.id) belongs to another tenant")
            }
        }
    }

    public func ruleSets(tenant: TenantID) async throws -> [RuleSetRecord] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT * FROM rule_sets WHERE tenant_id = ? ORDER BY name",
                arguments: [tenant.rawValue]
            ).map { $0.ruleSetRecord() }
        }
    }

    public func ruleSet(_ id: Identifier<RuleSetRecord>, tenant: TenantID) async throws -> RuleSetRecord? {
        try await read { db in try db.ruleSet(id, tenant: tenant) }
    }

    public func deleteRuleSet(_ id: Identifier<RuleSetRecord>, tenant: TenantID) async throws {
        try await write { db in
            guard try db.ruleSet(id, tenant: tenant) != nil else {
                throw ScanError(.notFound, "rule set \(id) not found")
            }
            let followed = try Bool.fetchOne(
                db,
                sql: "SELECT EXISTS (SELECT 1 FROM scan_definitions WHERE rule_set_id = ?)",
                arguments: [id.rawValue]
            )
            guard followed != true else { throw ScanError(.conflict, "rule set \(id) is used by a definition") }
            try db.execute(sql: "DELETE FROM rule_sets WHERE id = ?", arguments: [id.rawValue])
        }
    }
}

extension Database {
    func ruleSet(_ id: Identifier<RuleSetRecord>, tenant: TenantID) throws -> RuleSetRecord? {
        try Row.fetchOne(
            self,
            sql: "SELECT * FROM rule_sets WHERE id = ? AND tenant_id = ?",
            arguments: [id.rawValue, tenant.rawValue]
        )?.ruleSetRecord()
    }
}
