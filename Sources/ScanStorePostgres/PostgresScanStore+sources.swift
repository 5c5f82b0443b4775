import Logging
import PostgresNIO
public import ScanCore
import ScanStoreSQL

extension PostgresScanStore {
    /// Inserts the source or updates it in place. An id that belongs to another tenant
    /// updates nothing: the store never overwrites across tenants.
    /// - Throws: `.notFound` when the id belongs to another tenant; `.duplicate` for a
    ///   name clash in the tenant.
    public func save(_ source: DataSource) async throws {
        let options = try JSONColumn.encode(source.options)
        try await transaction { connection in
            let saved = try await connection.count(
                """
                INSERT INTO sources (id, tenant_id, name, kind, location, options, credential_env, created_at,
                    labels, max_concurrency, runs_on)
                VALUES (\(source.id.rawValue), \(source.tenantID.rawValue), \(source.name), \(source.kind.rawValue),
                    \(source.location), \(options), \(source.credentialEnv), \(source.createdAt),
                    \(try JSONColumn.encode(source.labels)), \(source.maxConcurrency),
                    \(source.runsOn.rawValue))
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind,
                    location = excluded.location, options = excluded.options,
                    credential_env = excluded.credential_env, labels = excluded.labels,
                    max_concurrency = excluded.max_concurrency, runs_on = excluded.runs_on
                WHERE sources.tenant_id = excluded.tenant_id
                RETURNING 1
                """,
                logger: logger
            )
            guard saved == 1 else { throw ScanError(.notFound, "source \(source.id) not found") }
        }
    }

    public func source(_ id: Identifier<DataSource>, tenant: TenantID) async throws -> DataSource? {
        try await read { connection in
            try await connection.row(
                "SELECT * FROM sources WHERE id = \(id.rawValue) AND tenant_id = \(tenant.rawValue)",
                logger: logger
            )?.dataSource()
        }
    }

    public func source(named name: String, tenant: TenantID) async throws -> DataSource? {
        try await read { connection in
            try await connection.row(
                "SELECT * FROM sources WHERE name = \(name) AND tenant_id = \(tenant.rawValue)",
                logger: logger
            )?.dataSource()
        }
    }

    public func sources(tenant: TenantID) async throws -> [DataSource] {
        try await read { connection in
            try await connection.rows(
                "SELECT * FROM sources WHERE tenant_id = \(tenant.rawValue) ORDER BY name",
                logger: logger
            ).map { try $0.dataSource() }
        }
    }

    /// Deletes the source; foreign keys cascade to its definitions, their runs, jobs and
    /// findings, and its assets.
    ///
    /// The source and its definitions are locked first, so no definition can be added
    /// under it and no run can start (inserting a run key-share locks its definition)
    /// between the check for active runs and the delete.
    public func deleteSource(_ id: Identifier<DataSource>, tenant: TenantID) async throws {
        try await transaction { connection in
            let owned = try await connection.count(
                "SELECT 1 FROM sources WHERE id = \(id.rawValue) AND tenant_id = \(tenant.rawValue) FOR UPDATE",
                logger: logger
            )
            guard owned == 1 else { throw ScanError(.notFound, "source \(id) not found") }
            try await connection.run(
                "SELECT 1 FROM scan_definitions WHERE source_id = \(id.rawValue) FOR UPDATE",
                logger: logger
            )
            guard try await !hasActiveRun(source: id, connection) else {
                throw ScanError(.conflict, "source \(id) has an active run")
            }
            try await connection.run("DELETE FROM sources WHERE id = \(id.rawValue)", logger: logger)
        }
    }

    private func hasActiveRun(
        source id: Identifier<DataSource>,
        _ connection: PostgresConnection
    ) async throws -> Bool {
        try await connection.count(
            """
            SELECT 1 FROM scan_runs r JOIN scan_definitions d ON d.id = r.definition_id
            WHERE d.source_id = \(id.rawValue) AND r.status IN ('pending', 'running') LIMIT 1
            """,
            logger: logger
        ) > 0
    }
}
