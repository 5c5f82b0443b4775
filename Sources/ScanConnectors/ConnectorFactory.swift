public import Logging
public import ScanCore

/// Builds the connector for a data source; the only place that knows every kind.
///
/// Options read from ``ScanCore/DataSource/options`` (all optional):
///
/// | Key | Kind | Type | Default |
/// | --- | --- | --- | --- |
/// | `max_file_size` | filesystem | bytes | 67108864 (64 MiB) |
/// | `follow_symlinks` | filesystem | `true`/`false` | `false` |
/// | `chunk_size` | filesystem | bytes | 1048576 (1 MiB) |
/// | `chunk_overlap` | filesystem | bytes | 4096 |
/// | `max_connections` | postgres | count | 4 |
/// | `statement_timeout_ms` | postgres | milliseconds | 30000 |
/// | `connect_timeout_ms` | postgres | milliseconds | 10000 |
///
/// The PostgreSQL password is read from the variable named by
/// ``ScanCore/DataSource/credentialEnv``, else from `PGPASSWORD`.
///
/// ```swift
/// let connector = try ConnectorFactory.make(for: source, sampling: SamplingOptions(), environment: env, logger: logger)
/// defer { Task { await connector.close() } }
/// ```
public enum ConnectorFactory {
    /// The variable read for a PostgreSQL password when the source names none.
    public static let defaultPasswordVariable = "PGPASSWORD"

    /// Creates the connector for `source`.
    /// - Parameters:
    ///   - source: The data source; its location is a path or a URL without password.
    ///   - sampling: How database connectors sample rows.
    ///   - environment: The process environment, where credentials live.
    ///   - logger: Passed to the connector.
    /// - Throws: ``ScanError`` `.invalidInput` for bad options or a missing credential
    ///   variable; `.notFound`/`.connectionFailed` when a SQLite file cannot be opened.
    public static func make(
        for source: DataSource,
        sampling: SamplingOptions,
        environment: [String: String],
        logger: Logger
    ) throws -> any Connector {
        let options = SourceOptions(values: source.options)
        switch source.kind {
        case .filesystem:
            return try FileSystemConnector(configuration: fileSystemConfiguration(source, options), logger: logger)
        case .sqlite:
            let path = sqlitePath(source.location) ?? source.location
            return try SQLiteConnector(configuration: .init(path: path, sampling: sampling), logger: logger)
        case .postgres:
            let password = try password(for: source, environment: environment)
            var configuration = try PostgresConnector.Configuration(url: source.location, password: password)
            configuration.sampling = sampling
            configuration.maximumConnections = try options.integer("max_connections", default: 4)
            configuration.statementTimeout = try options.milliseconds("statement_timeout_ms", default: .seconds(30))
            configuration.connectTimeout = try options.milliseconds("connect_timeout_ms", default: .seconds(10))
            return PostgresConnector(configuration: configuration, logger: logger)
        }
    }

    private static func fileSystemConfiguration(
        _ source: DataSource,
        _ options: SourceOptions
    ) throws
        -> FileSystemConnector.Configuration
    {
        let defaults = FileSystemConnector.Configuration(root: source.location)
        return FileSystemConnector.Configuration(
            root: source.location,
            maxFileSize: try options.integer("max_file_size", default: defaults.maxFileSize),
            followSymlinks: try options.flag("follow_symlinks", default: defaults.followSymlinks),
            chunkSize: try options.integer("chunk_size", default: defaults.chunkSize),
            chunkOverlap: try options.integer("chunk_overlap", default: defaults.chunkOverlap)
        )
    }

    /// The password from the source's variable, else `PGPASSWORD`, else none.
    private static func password(for source: DataSource, environment: [String: String]) throws -> String? {
        guard let variable = source.credentialEnv else { return environment[defaultPasswordVariable] }
        guard let value = environment[variable] else {
            throw ScanError(.invalidInput, "credential variable \(variable) is not set")
        }
        return value
    }
}
