import Logging
import PostgresNIO
import ScanCore

/// A statement the store runs for every job (claims, completions, counters): fixed text,
/// every value a `$n` parameter, and its result columns named explicitly.
///
/// They are sent as plain parameterized queries. Named prepared statements (parsed once per
/// connection) were tried and dropped: under a PostgreSQL restart, postgres-nio 1.33 left
/// a worker waiting forever on one, holding its job.
protocol HotStatement: Sendable {
    /// The statement's text.
    static var sql: String { get }

    /// Its parameters, in `$n` order.
    func makeBindings() throws -> PostgresBindings
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

    /// Sends the statement with its bindings through `send(_:logger:)` and consumes its
    /// rows.
    private func executeHot<Statement: HotStatement, Value>(
        _ statement: Statement,
        logger: Logger,
        _ consume: (PostgresRowSequence) async throws -> Value
    ) async throws -> Value {
        let query = PostgresQuery(unsafeSQL: Statement.sql, binds: try statement.makeBindings())
        return try await consume(try await send(query, logger: logger))
    }
}
