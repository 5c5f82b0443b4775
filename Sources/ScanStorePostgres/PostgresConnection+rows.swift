import Logging
import PostgresNIO
import ScanCore
import ScanStoreSQL

/// Small conveniences over postgres-nio's row sequences, used by every store method.
extension PostgresConnection {
    /// Every row the query returns, for random access by column name.
    func rows(_ query: PostgresQuery, logger: Logger) async throws -> [PostgresRandomAccessRow] {
        var rows: [PostgresRandomAccessRow] = []
        for try await row in try await send(query, logger: logger) {
            rows.append(row.makeRandomAccess())
        }
        return rows
    }

    /// The first row the query returns, or `nil`.
    func row(_ query: PostgresQuery, logger: Logger) async throws -> PostgresRandomAccessRow? {
        try await rows(query, logger: logger).first
    }

    /// Runs a statement and returns how many rows it returned: write `RETURNING 1` (or
    /// any column) to learn how many rows an `UPDATE`, `INSERT` or `DELETE` touched.
    @discardableResult
    func count(_ query: PostgresQuery, logger: Logger) async throws -> Int {
        var count = 0
        for try await _ in try await send(query, logger: logger) {
            count += 1
        }
        return count
    }

    /// Runs a statement, ignoring any rows.
    func run(_ query: PostgresQuery, logger: Logger) async throws {
        for try await _ in try await send(query, logger: logger) {}
    }

    /// Sends the query, unless the server already closed the connection: postgres-nio 1.33
    /// never answers a query written to a closed channel, so the caller would wait forever
    /// (seen when PostgreSQL restarts in the middle of a transaction).
    func send(_ query: PostgresQuery, logger: Logger) async throws -> PostgresRowSequence {
        guard !isClosed else {
            throw ScanError(.storage, "the connection to the store was closed", transient: true)
        }
        return try await self.query(query, logger: logger)
    }

    /// The single values of the query's first column.
    func values<T: PostgresDecodable & Sendable>(
        _ query: PostgresQuery,
        as type: T.Type,
        logger: Logger
    ) async throws -> [T] {
        var values: [T] = []
        for try await value in try await send(query, logger: logger).decode(T.self) {
            values.append(value)
        }
        return values
    }
}

/// Typed reads of named columns.
extension PostgresRandomAccessRow {
    /// The column's value as `T`; use an optional `T` for nullable columns.
    func value<T: PostgresDecodable>(_ column: String, as type: T.Type = T.self) throws -> T {
        try self[column].decode(T.self)
    }

    /// A 0/1 integer column (the schema's portable boolean) as a `Bool`.
    func flag(_ column: String) throws -> Bool {
        try value(column, as: Int.self) != 0
    }

    /// A text column holding JSON.
    func json<T: Decodable>(_ type: T.Type, _ column: String) throws -> T {
        try JSONColumn.decode(type, from: value(column, as: String.self))
    }

    /// A text column as the enum `T`.
    func enumValue<T: RawRepresentable>(_ type: T.Type, _ column: String) throws -> T where T.RawValue == String {
        let raw = try value(column, as: String.self)
        guard let value = T(rawValue: raw) else {
            throw ScanError(.storage, "unknown \(column) '\(raw)' in the store")
        }
        return value
    }
}
