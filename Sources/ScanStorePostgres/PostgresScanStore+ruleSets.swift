import Logging
import PostgresNIO
public import ScanCore

extension PostgresScanStore {
    /// Inserts the rule set, or updates its name and description; `latest_version` and the
    /// versions are only changed by ``addRuleSetVersion(_:tenant:document:actor:at:)``.
    /// - Throws: `.duplicate` for a name clash, or when the id belongs to another tenant.
    public func save(_ ruleSet: RuleSetRecord) async throws {
        try await transaction { connection in
            let saved = try await connection.count(
                """
                INSERT INTO rule_sets (id, tenant_id, name, description, latest_version, created_at, updated_at)
                VALUES (\(ruleSet.id.rawValue), \(ruleSet.tenantID.rawValue), \(ruleSet.name), \(ruleSet.description),
                    \(ruleSet.latestVersion), \(ruleSet.createdAt), \(ruleSet.updatedAt))
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description
                    WHERE rule_sets.tenant_id = excluded.tenant_id
                RETURNING 1
                """,
                logger: logger
            )
            guard saved == 1 else {
                throw ScanError(.duplicate, "rule set \(ruleSet.id) belongs to another tenant")
            }
        }
    }

    public func ruleSets(tenant: TenantID) async throws -> [RuleSetRecord] {
        try await read { connection in
            try await connection.rows(
                "SELECT * FROM rule_sets WHERE tenant_id = \(tenant.rawValue) ORDER BY name",
                logger: logger
            ).map { try $0.ruleSetRecord() }
        }
    }

    public func ruleSet(_ id: Identifier<RuleSetRecord>, tenant: TenantID) async throws -> RuleSetRecord? {
        try await read { connection in
            try await connection.row(
                "SELECT * FROM rule_sets WHERE id = \(id.rawValue) AND tenant_id = \(tenant.rawValue)",
                logger: logger
            )?.ruleSetRecord()
        }
    }

    /// Deletes the rule set; its versions go with it by foreign key.
    ///
    /// The rule set is locked first, so no definition can start following it (saving a
    /// definition key-share locks its rule set) between the check and the delete.
    public func deleteRuleSet(_ id: Identifier<RuleSetRecord>, tenant: TenantID) async throws {
        try await transaction { connection in
            let owned = try await connection.count(
                "SELECT 1 FROM rule_sets WHERE id = \(id.rawValue) AND tenant_id = \(tenant.rawValue) FOR UPDATE",
                logger: logger
            )
            guard owned == 1 else { throw ScanError(.notFound, "rule set \(id) not found") }
            let followers = try await connection.count(
                "SELECT 1 FROM scan_definitions WHERE rule_set_id = \(id.rawValue) LIMIT 1",
                logger: logger
            )
            guard followers == 0 else { throw ScanError(.conflict, "rule set \(id) is used by a definition") }
            try await connection.run("DELETE FROM rule_sets WHERE id = \(id.rawValue)", logger: logger)
        }
    }
}
