import Logging
import PostgresNIO

extension PostgresConnector {
    /// Runs `body` in a `READ ONLY` transaction whose statements time out after `timeout`.
    ///
    /// The transaction is always rolled back: nothing is written, and a rollback also
    /// clears the failed state a timed-out or refused statement leaves behind, so the
    /// connection goes back to the pool clean.
    static func readOnly<T>(
        on connection: PostgresConnection,
        timeout: Duration,
        logger: Logger,
        _ body: () async throws -> T
    ) async throws -> T {
        try await connection.query("BEGIN READ ONLY", logger: logger)
        do {
            let milliseconds = max(Int64(timeout / .milliseconds(1)), 1)
            try await connection.query(
                "SELECT set_config('statement_timeout', \(String(milliseconds)), true)",
                logger: logger
            )
            let result = try await body()
            try await connection.query("ROLLBACK", logger: logger)
            return result
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: logger)
            throw error
        }
    }
}
