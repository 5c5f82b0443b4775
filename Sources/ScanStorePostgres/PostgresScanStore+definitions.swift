public import Foundation
import Logging
import PostgresNIO
public import ScanCore
import ScanStoreSQL

extension PostgresScanStore {
    /// Inserts the definition or updates it in place. An id that belongs to another tenant
    /// updates nothing: the store never overwrites across tenants.
    /// - Throws: `.notFound` when the id, its source or its rule set belongs to another
    ///   tenant or does not exist; `.duplicate` for a name clash in the tenant.
    public func save(_ definition: ScanDefinition) async throws {
        let include = try JSONColumn.encode(definition.scope.include)
        let exclude = try JSONColumn.encode(definition.scope.exclude)
        let schedule = try JSONColumn.encode(definition.schedule)
        let paused = definition.paused ? 1 : 0
        let toolCommand = try definition.toolCommand.map(JSONColumn.encode)
        try await transaction { connection in
            try await lockReferences(of: definition, connection)
            let saved = try await connection.count(
                """
                INSERT INTO scan_definitions (id, tenant_id, name, source_id, scope_include, scope_exclude,
                    rule_set, priority, created_at, schedule, paused, next_run_at, rule_set_id, rule_set_version,
                    tool_command)
                VALUES (\(definition.id.rawValue), \(definition.tenantID.rawValue), \(definition.name),
                    \(definition.sourceID.rawValue), \(include), \(exclude), \(definition.ruleSet),
                    \(definition.priority), \(definition.createdAt), \(schedule), \(paused), \(definition.nextRunAt),
                    \(definition.ruleSetID?.rawValue), \(definition.ruleSetVersion), \(toolCommand))
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, source_id = excluded.source_id,
                    scope_include = excluded.scope_include, scope_exclude = excluded.scope_exclude,
                    rule_set = excluded.rule_set, priority = excluded.priority, schedule = excluded.schedule,
                    paused = excluded.paused, next_run_at = excluded.next_run_at,
                    rule_set_id = excluded.rule_set_id, rule_set_version = excluded.rule_set_version,
                    tool_command = excluded.tool_command
                WHERE scan_definitions.tenant_id = excluded.tenant_id
                RETURNING 1
                """,
                logger: logger
            )
            guard saved == 1 else { throw ScanError(.notFound, "scan definition \(definition.id) not found") }
        }
    }

    public func definition(_ id: Identifier<ScanDefinition>, tenant: TenantID) async throws -> ScanDefinition? {
        try await read { connection in
            try await connection.row(
                "SELECT * FROM scan_definitions WHERE id = \(id.rawValue) AND tenant_id = \(tenant.rawValue)",
                logger: logger
            )?.scanDefinition()
        }
    }

    public func definition(named name: String, tenant: TenantID) async throws -> ScanDefinition? {
        try await read { connection in
            try await connection.row(
                "SELECT * FROM scan_definitions WHERE name = \(name) AND tenant_id = \(tenant.rawValue)",
                logger: logger
            )?.scanDefinition()
        }
    }

    public func definitions(tenant: TenantID, sourceID: Identifier<DataSource>?) async throws -> [ScanDefinition] {
        let query: PostgresQuery =
            if let sourceID {
                """
                SELECT * FROM scan_definitions WHERE tenant_id = \(tenant.rawValue) AND source_id = \(sourceID.rawValue)
                ORDER BY name
                """
            } else {
                "SELECT * FROM scan_definitions WHERE tenant_id = \(tenant.rawValue) ORDER BY name"
            }
        return try await read { connection in
            try await connection.rows(query, logger: logger).map { try $0.scanDefinition() }
        }
    }

    /// Deletes the definition; foreign keys cascade to its runs, jobs, findings and fired
    /// slots. The source's assets stay: they belong to the source.
    ///
    /// The definition is locked first, so no run can start (inserting a run key-share
    /// locks its definition) between the check for an active run and the delete.
    public func deleteDefinition(_ id: Identifier<ScanDefinition>, tenant: TenantID) async throws {
        try await transaction { connection in
            let owned = try await connection.count(
                """
                SELECT 1 FROM scan_definitions WHERE id = \(id.rawValue) AND tenant_id = \(tenant.rawValue)
                FOR UPDATE
                """,
                logger: logger
            )
            guard owned == 1 else { throw ScanError(.notFound, "scan definition \(id) not found") }
            let active = try await connection.count(
                "SELECT 1 FROM scan_runs WHERE definition_id = \(id.rawValue) AND status IN ('pending', 'running')",
                logger: logger
            )
            guard active == 0 else { throw ScanError(.conflict, "scan definition \(id) has an active run") }
            try await connection.run("DELETE FROM scan_definitions WHERE id = \(id.rawValue)", logger: logger)
        }
    }

    public func dueDefinitions(at now: Date, limit: Int) async throws -> [ScanDefinition] {
        try await read { connection in
            try await connection.rows(
                """
                SELECT * FROM scan_definitions
                WHERE paused = 0 AND next_run_at IS NOT NULL AND next_run_at <= \(now)
                ORDER BY next_run_at, id LIMIT \(limit)
                """,
                logger: logger
            ).map { try $0.scanDefinition() }
        }
    }

    /// - Throws: `.notFound` when the definition is not in the tenant.
    public func setNextRun(_ id: Identifier<ScanDefinition>, tenant: TenantID, at next: Date?) async throws {
        try await transaction { connection in
            let updated = try await connection.count(
                """
                UPDATE scan_definitions SET next_run_at = \(next)
                WHERE id = \(id.rawValue) AND tenant_id = \(tenant.rawValue) RETURNING 1
                """,
                logger: logger
            )
            guard updated == 1 else { throw ScanError(.notFound, "scan definition \(id) not found") }
        }
    }

    /// The source and the rule set a definition names must belong to its tenant; foreign
    /// keys alone would accept another tenant's (and `rule_set_id` has no foreign key).
    ///
    /// Both rows stay key-share locked until commit, so neither can be deleted between
    /// this check and the save: ``deleteRuleSet(_:tenant:)`` and
    /// ``deleteSource(_:tenant:)`` lock them `FOR UPDATE` before looking for users.
    private func lockReferences(of definition: ScanDefinition, _ connection: PostgresConnection) async throws {
        let tenant = definition.tenantID.rawValue
        let source = try await connection.count(
            """
            SELECT 1 FROM sources WHERE id = \(definition.sourceID.rawValue) AND tenant_id = \(tenant)
            FOR KEY SHARE
            """,
            logger: logger
        )
        guard source == 1 else { throw ScanError(.notFound, "source \(definition.sourceID) not found") }
        guard let ruleSetID = definition.ruleSetID else { return }
        let ruleSet = try await connection.count(
            "SELECT 1 FROM rule_sets WHERE id = \(ruleSetID.rawValue) AND tenant_id = \(tenant) FOR KEY SHARE",
            logger: logger
        )
        guard ruleSet == 1 else { throw ScanError(.notFound, "rule set \(ruleSetID) not found") }
    }
}
