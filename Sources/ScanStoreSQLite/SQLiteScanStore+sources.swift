import Foundation
import GRDB
public import ScanCore
import ScanStoreSQL

extension SQLiteScanStore {
    public func save(_ source: DataSource) async throws {
        let options = try JSONColumn.encode(source.options)
        try await write { db in
            try db.execute(
                sql: """
                    INSERT INTO sources (id, tenant_id, name, kind, location, options, credential_env, created_at,
                        labels, max_concurrency, runs_on)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind,
                        location = excluded.location, options = excluded.options,
                        credential_env = excluded.credential_env, labels = excluded.labels,
                        max_concurrency = excluded.max_concurrency, runs_on = excluded.runs_on
                    WHERE sources.tenant_id = excluded.tenant_id
                    """,
                arguments: [
                    source.id.rawValue, source.tenantID.rawValue, source.name, source.kind.rawValue,
                    source.location, options, source.credentialEnv, source.createdAt,
                    try JSONColumn.encode(source.labels), source.maxConcurrency,
                    source.runsOn.rawValue,
                ]
            )
            // An id taken by another tenant updates nothing: never overwrite across tenants.
            guard db.changesCount > 0 else { throw ScanError(.notFound, "source \(source.id) not found") }
        }
    }

    public func source(_ id: Identifier<DataSource>, tenant: TenantID) async throws -> DataSource? {
        try await read { db in
            try Row.fetchOne(
                db,
                sql: "SELECT * FROM sources WHERE id = ? AND tenant_id = ?",
                arguments: [id.rawValue, tenant.rawValue]
            )?.dataSource()
        }
    }

    public func source(named name: String, tenant: TenantID) async throws -> DataSource? {
        try await read { db in
            try Row.fetchOne(
                db,
                sql: "SELECT * FROM sources WHERE name = ? AND tenant_id = ?",
                arguments: [name, tenant.rawValue]
            )?.dataSource()
        }
    }

    public func save(_ definition: ScanDefinition) async throws {
        let include = try JSONColumn.encode(definition.scope.include)
        let exclude = try JSONColumn.encode(definition.scope.exclude)
        let schedule = try JSONColumn.encode(definition.schedule)
        let toolCommand = try definition.toolCommand.map(JSONColumn.encode)
        try await write { db in
            try db.checkReferences(of: definition)
            try db.execute(
                sql: """
                    INSERT INTO scan_definitions (id, tenant_id, name, source_id, scope_include, scope_exclude,
                        rule_set, priority, created_at, schedule, paused, next_run_at, rule_set_id, rule_set_version,
                        tool_command)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name, source_id = excluded.source_id,
                        scope_include = excluded.scope_include, scope_exclude = excluded.scope_exclude,
                        rule_set = excluded.rule_set, priority = excluded.priority, schedule = excluded.schedule,
                        paused = excluded.paused, next_run_at = excluded.next_run_at,
                        rule_set_id = excluded.rule_set_id, rule_set_version = excluded.rule_set_version,
                        tool_command = excluded.tool_command
                    WHERE scan_definitions.tenant_id = excluded.tenant_id
                    """,
                arguments: [
                    definition.id.rawValue, definition.tenantID.rawValue, definition.name,
                    definition.sourceID.rawValue, include, exclude, definition.ruleSet, definition.priority,
                    definition.createdAt, schedule, definition.paused, definition.nextRunAt,
                    definition.ruleSetID?.rawValue, definition.ruleSetVersion, toolCommand,
                ]
            )
            guard db.changesCount > 0 else {
                throw ScanError(.notFound, "scan definition \(definition.id) not found")
            }
        }
    }

    public func definition(_ id: Identifier<ScanDefinition>, tenant: TenantID) async throws -> ScanDefinition? {
        try await read { db in
            try Row.fetchOne(
                db,
                sql: "SELECT * FROM scan_definitions WHERE id = ? AND tenant_id = ?",
                arguments: [id.rawValue, tenant.rawValue]
            )?.scanDefinition()
        }
    }

    public func definition(named name: String, tenant: TenantID) async throws -> ScanDefinition? {
        try await read { db in
            try Row.fetchOne(
                db,
                sql: "SELECT * FROM scan_definitions WHERE name = ? AND tenant_id = ?",
                arguments: [name, tenant.rawValue]
            )?.scanDefinition()
        }
    }
}

extension Database {
    /// The source and the rule set a definition names must belong to its tenant; foreign
    /// keys alone would accept another tenant's.
    fileprivate func checkReferences(of definition: ScanDefinition) throws {
        let tenant = definition.tenantID
        guard try owns("sources", id: definition.sourceID.rawValue, tenant: tenant) else {
            throw ScanError(.notFound, "source \(definition.sourceID) not found")
        }
        guard let ruleSetID = definition.ruleSetID else { return }
        guard try owns("rule_sets", id: ruleSetID.rawValue, tenant: tenant) else {
            throw ScanError(.notFound, "rule set \(ruleSetID) not found")
        }
    }

    /// Whether `table` has a row with `id` in `tenant`.
    func owns(_ table: String, id: String, tenant: TenantID) throws -> Bool {
        try Bool.fetchOne(
            self,
            sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE id = ? AND tenant_id = ?)",
            arguments: [id, tenant.rawValue]
        ) == true
    }
}
