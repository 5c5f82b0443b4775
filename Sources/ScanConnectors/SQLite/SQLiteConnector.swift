import Foundation
import GRDB
public import Logging
public import ScanCore

/// Reads a SQLite database file, opened read-only: lists its tables and samples rows.
///
/// Objects are `main/<table>` with kind `.table` and the exact row count as size;
/// SQLite's own `sqlite_*` tables are left out. The cursor is the last object path a
/// page returned, and tables are listed in byte-wise name order.
///
/// ```swift
/// let connector = try SQLiteConnector(configuration: .init(path: "/data/app.db"), logger: logger)
/// if case .table(let sample) = try await connector.fetch(ObjectRef(path: "main/users", kind: .table)) { … }
/// ```
///
/// - Important: Sampled values are capped at 4 KiB each. A BLOB is returned as text
///   when it holds text and as `nil` otherwise, like SQL NULL; see ``SampledValue``.
public struct SQLiteConnector: Connector {
    // MARK: Member variables

    /// The settings.
    public let configuration: Configuration
    let database: DatabaseQueue
    private let logger: Logger
    private static let schemaPrefix = "main/"

    public var kind: SourceKind { .sqlite }

    // MARK: Initialization

    /// Opens the database read-only.
    /// - Throws: ``ScanError`` `.notFound` for a missing file, `.connectionFailed` for a
    ///   file that is not a SQLite database.
    public init(configuration: Configuration, logger: Logger) throws {
        guard FileManager.default.fileExists(atPath: configuration.path) else {
            throw ScanError(.notFound, "SQLite database file does not exist", detail: configuration.path)
        }
        var options = GRDB.Configuration()
        options.readonly = true
        options.label = "scanlogic.sqlite-connector"
        options.prepareDatabase { db in db.add(function: SampleKey.function) }
        do {
            self.database = try DatabaseQueue(path: configuration.path, configuration: options)
        } catch {
            throw ScanError(sqlite: error)
        }
        self.configuration = configuration
        self.logger = logger
    }

    // MARK: Methods

    public func enumerate(cursor: String?, scope: ScopeFilter, pageSize: Int) async throws -> EnumerationPage {
        let limit = max(pageSize, 1)
        var after = cursor.map { String($0.dropFirst(Self.schemaPrefix.count)) } ?? ""
        var objects: [ObjectRef] = []
        var skipped = 0
        while objects.count < limit {
            let names = try await tableNames(after: after, limit: limit)
            guard !names.isEmpty else { break }
            for name in names where objects.count < limit {
                after = name
                guard scope.contains(Self.schemaPrefix + name) else {
                    skipped += 1
                    continue
                }
                objects.append(ObjectRef(path: Self.schemaPrefix + name, kind: .table, size: await rowCount(name)))
            }
        }
        logger.debug(
            "sqlite page listed",
            metadata: [LogKey.objects: "\(objects.count)", LogKey.skipped: "\(skipped)"]
        )
        return EnumerationPage(
            objects: objects,
            nextCursor: objects.count == limit ? objects.last?.path : nil,
            skipped: skipped
        )
    }

    public func fetch(_ object: ObjectRef) async throws -> ObjectContent {
        guard object.path.hasPrefix(Self.schemaPrefix) else {
            throw ScanError(.notFound, "SQLite objects are named main/<table>", detail: object.path)
        }
        let name = String(object.path.dropFirst(Self.schemaPrefix.count))
        let sampling = configuration.sampling
        logger.debug("sqlite table sampled", metadata: [LogKey.sampling: "\(sampling.mode.rawValue)"])
        return try await read { db in
            let table = try SQLiteTable.load(name, in: db)
            let values = try table.sample(sampling, in: db)
            let columns = zip(table.columns, values).map { ColumnSample(name: $0.name, type: $0.type, values: $1) }
            return .table(
                TableSample(schema: "main", table: name, rowCount: try table.rowCount(in: db), columns: columns)
            )
        }
    }

    public func close() async {
        try? database.close()
    }

    private func tableNames(after: String, limit: Int) async throws -> [String] {
        try await read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT name FROM sqlite_master
                    WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name > ?
                    ORDER BY name LIMIT ?
                    """,
                arguments: [after, limit]
            )
        }
    }

    /// The row count, or `nil` when the table cannot be counted (a virtual table whose
    /// module is missing): one odd table must not stop the listing.
    private func rowCount(_ name: String) async -> Int64? {
        try? await read { db in try Int64.fetchOne(db, sql: "SELECT count(*) FROM \(SQLIdentifier.quote(name))") }
    }

    private func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await database.read(body)
        } catch {
            throw ScanError(sqlite: error)
        }
    }
}
