import Logging
import PostgresNIO
import ScanCore

extension PostgresScanStore {
    /// Runs `body` in a READ COMMITTED transaction on one pooled connection, translating
    /// errors to ``ScanError``.
    ///
    /// A deadlock or serialization failure rolls back and runs `body` again (up to five
    /// times): PostgreSQL aborts one side of such a conflict, and the retry sees the
    /// other side's committed work.
    func transaction<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try await client.withConnection { connection in
                    try await Self.inTransaction(connection, logger: logger, body)
                }
            } catch  where attempt < 5 && ScanError.isRetryableConflict(error) {
                continue
            } catch {
                throw ScanError(store: error)
            }
        }
    }

    /// Runs `body` on one pooled connection outside an explicit transaction, for reads
    /// made of a single statement.
    func read<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        do {
            return try await client.withConnection { try await body($0) }
        } catch {
            throw ScanError(store: error)
        }
    }

    private static func inTransaction<T>(
        _ connection: PostgresConnection,
        logger: Logger,
        _ body: (PostgresConnection) async throws -> T
    ) async throws -> T {
        try await connection.run("BEGIN", logger: logger)
        do {
            let value = try await body(connection)
            try await connection.run("COMMIT", logger: logger)
            return value
        } catch {
            // On a connection the server closed (a restart, a failover) nothing more may be
            // sent: postgres-nio 1.33 never answers a query written to a closed channel.
            // The server has rolled the transaction back already.
            if !connection.isClosed {
                _ = try? await connection.query("ROLLBACK", logger: logger)
            }
            throw error
        }
    }
}
