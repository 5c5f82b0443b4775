import Logging
import PostgresNIO
import ScanCore
import ScanStoreSQL

extension PostgresScanStore {
    /// The lock key that serializes migrators: any constant shared by every process.
    private static let migrationLock: Int64 = 0x5343_414E_4C47  // "SCANLG"

    /// Applies the migrations the database lacks, in order, each in its own transaction
    /// under an advisory lock, so several processes starting at once migrate once.
    /// Returns the names of the migrations applied.
    @discardableResult
    public func migrate() async throws -> [String] {
        try await transaction { connection in
            try await connection.query(
                "SELECT pg_advisory_xact_lock(\(Self.migrationLock))",
                logger: logger
            )
            try await connection.query(
                """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    identifier TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())
                """,
                logger: logger
            )
            let applied = try await Self.appliedMigrations(connection, logger: logger)
            var names: [String] = []
            for migration in StoreMigration.all where !applied.contains(migration.name) {
                for statement in migration.statements(for: .postgres) {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    "INSERT INTO schema_migrations (identifier) VALUES (\(migration.name))",
                    logger: logger
                )
                names.append(migration.name)
            }
            return names
        }
    }

    /// The migrations the database still needs, oldest first; empty when it is current.
    public func pendingMigrations() async throws -> [String] {
        let applied = try await read { connection in
            let exists = try await connection.query(
                "SELECT to_regclass('schema_migrations') IS NOT NULL",
                logger: logger
            )
            for try await (found) in exists.decode(Bool.self) where !found {
                return Set<String>()
            }
            return try await Self.appliedMigrations(connection, logger: logger)
        }
        return StoreMigration.all.map(\.name).filter { !applied.contains($0) }
    }

    /// Fails with a clear instruction unless the schema is current; servers and workers
    /// call it instead of migrating, so an upgrade is an explicit step.
    public func requireCurrentSchema() async throws {
        let pending = try await pendingMigrations()
        guard pending.isEmpty else {
            throw ScanError(
                .storage,
                "the store needs \(pending.count) migration(s); run `scanlogic migrate --store <url>` first",
                detail: pending.joined(separator: ", ")
            )
        }
    }

    private static func appliedMigrations(_ connection: PostgresConnection, logger: Logger) async throws -> Set<String>
    {
        var names = Set<String>()
        let rows = try await connection.query("SELECT identifier FROM schema_migrations", logger: logger)
        for try await name in rows.decode(String.self) {
            names.insert(name)
        }
        return names
    }
}
