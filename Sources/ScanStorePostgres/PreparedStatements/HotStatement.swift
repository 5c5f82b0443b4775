import Logging
import PostgresNIO
import ScanCore

/// A statement the store runs for every job (claims, completions, counters), prepared
/// once per pooled connection and then only bound and executed.
///
/// Statements sent as plain queries are parsed and planned again on every call, which cost
/// about as much as running these. A prepared statement is parsed once, and after a few
/// calls PostgreSQL keeps a generic plan for it when that plan is no worse.
///
/// Its text must be fixed (every value a `$n` parameter), and its result columns are named
/// explicitly, so a later migration that adds columns cannot invalidate the cached plan.
protocol HotStatement: PostgresPreparedStatement where Row == PostgresRow {}

extension HotStatement {
    func decodeRow(_ row: PostgresRow) throws -> PostgresRow { row }
}

extension PostgresConnection {
    /// Every row the statement returns, for random access by column name.
    func rows<Statement: HotStatement>(
        _ statement: Statement,
        logger: Logger
    ) async throws -> [PostgresRandomAccessRow] {
        try await executeHot(statement, logger: logger) { sequence in
            var rows: [PostgresRandomAccessRow] = []
            for try await row in sequence { rows.append(row.makeRandomAccess()) }
            return rows
        }
    }

    /// Runs the statement and returns how many rows it returned (see `count(_:logger:)`).
    @discardableResult
    func count<Statement: HotStatement>(_ statement: Statement, logger: Logger) async throws -> Int {
        try await executeHot(statement, logger: logger) { sequence in
            var count = 0
            for try await _ in sequence { count += 1 }
            return count
        }
    }

    /// Runs the statement, ignoring any rows.
    func run<Statement: HotStatement>(_ statement: Statement, logger: Logger) async throws {
        try await executeHot(statement, logger: logger) { sequence in
            for try await _ in sequence {}
        }
    }

    /// Executes the statement and consumes its rows.
    ///
    /// On an error the connection is closed, and the pool opens a fresh one: postgres-nio
    /// remembers a failed preparation for the life of the connection and would fail every
    /// later use of the statement on it.
    private func executeHot<Statement: HotStatement, Value>(
        _ statement: Statement,
        logger: Logger,
        _ consume: (AsyncThrowingMapSequence<PostgresRowSequence, PostgresRow>) async throws -> Value
    ) async throws -> Value {
        // See `send(_:logger:)`: nothing may be written to a connection the server closed.
        guard !isClosed else {
            throw ScanError(.storage, "the connection to the store was closed", transient: true)
        }
        do {
            return try await consume(try await execute(statement, logger: logger))
        } catch {
            if !isClosed { try? await close() }
            throw error
        }
    }
}
