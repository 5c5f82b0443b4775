public import Logging
import PostgresNIO
public import ScanCore

/// Reads a PostgreSQL database: lists tables and samples their rows as text.
///
/// Objects are `schema/table` with kind `.table` and the planner's row estimate
/// (`pg_class.reltuples`) as size. Each fetch runs in a `READ ONLY` transaction with a
/// local `statement_timeout`, over a pool of at most
/// ``Configuration/maximumConnections`` connections.
///
/// ```swift
/// var configuration = try PostgresConnector.Configuration(url: "postgres://scanner@db:5432/app", password: secret)
/// let connector = PostgresConnector(configuration: configuration, logger: logger)
/// defer { Task { await connector.close() } }
/// let page = try await connector.enumerate(cursor: nil, scope: ScopeFilter(), pageSize: 100)
/// ```
///
/// - Important: Call ``close()`` when done: it stops the pool's background task.
///   Errors name `host:port` in their `detail` only, and never the password.
public struct PostgresConnector: Connector {
    // MARK: Member variables

    private let session: PostgresSession
    private let logger: Logger

    /// The settings; its description hides the password.
    public var configuration: Configuration { session.configuration }

    public var kind: SourceKind { .postgres }

    // MARK: Initialization

    /// Creates a connector; nothing connects until the first call.
    public init(configuration: Configuration, logger: Logger) {
        self.session = PostgresSession(configuration: configuration, logger: logger)
        self.logger = logger
    }

    // MARK: Methods

    public func enumerate(cursor: String?, scope: ScopeFilter, pageSize: Int) async throws -> EnumerationPage {
        let limit = max(pageSize, 1)
        let logger = logger
        let (objects, skipped) = try await session.withConnection { connection in
            var after = cursor ?? ""
            var objects: [ObjectRef] = []
            var skipped = 0
            while objects.count < limit {
                let tables = try await PostgresCatalog.tables(
                    after: after,
                    limit: limit,
                    on: connection,
                    logger: logger
                )
                guard !tables.isEmpty else { break }
                for table in tables where objects.count < limit {
                    after = table.path
                    guard scope.contains(table.path) else {
                        skipped += 1
                        continue
                    }
                    objects.append(ObjectRef(path: table.path, kind: .table, size: table.estimatedRows))
                }
            }
            return (objects, skipped)
        }
        logger.debug(
            "postgres page listed",
            metadata: [LogKey.objects: "\(objects.count)", LogKey.skipped: "\(skipped)"]
        )
        return EnumerationPage(
            objects: objects,
            nextCursor: objects.count == limit ? objects.last?.path : nil,
            skipped: skipped
        )
    }

    public func fetch(_ object: ObjectRef) async throws -> ObjectContent {
        let configuration = configuration
        let logger = logger
        logger.debug("postgres table sampled", metadata: [LogKey.sampling: "\(configuration.sampling.mode.rawValue)"])
        return try await session.withConnection { connection in
            try await Self.readOnly(on: connection, timeout: configuration.statementTimeout, logger: logger) {
                .table(
                    try await Self.sample(object.path, options: configuration.sampling, on: connection, logger: logger)
                )
            }
        }
    }

    public func close() async {
        await session.shutdown()
    }

    /// Resolves the table and reads its sample; runs inside the read-only transaction.
    private static func sample(
        _ path: String,
        options: SamplingOptions,
        on connection: PostgresConnection,
        logger: Logger
    )
        async throws -> TableSample
    {
        guard let table = try await PostgresCatalog.resolve(path, on: connection, logger: logger) else {
            throw ScanError(.notFound, "table does not exist", detail: path)
        }
        let columns = try await PostgresCatalog.columns(of: table.oid, on: connection, logger: logger)
        let sampler = PostgresSampler(
            schema: table.schema,
            table: table.name,
            columns: columns,
            primaryKey: try await PostgresCatalog.primaryKey(of: table.oid, on: connection, logger: logger)
        )
        let values = try await sampler.sample(options, on: connection, logger: logger)
        let samples = zip(columns, values).map { ColumnSample(name: $0.name, type: $0.type, values: $1) }
        return TableSample(schema: table.schema, table: table.name, rowCount: table.rows, columns: samples)
    }
}
