public import Logging
import PostgresNIO
public import ScanCore
import ScanStoreSQL

/// The ``ScanStore`` and ``ControlPlaneStore`` on a shared PostgreSQL database, so many
/// worker and server processes on many machines work on one durable state.
///
/// The schema and migrations are those of the SQLite store (``StoreMigration``). Jobs
/// are claimed with `FOR UPDATE SKIP LOCKED`, so workers never wait on each other's
/// claims, and every method is one transaction.
///
/// ```swift
/// let store = try await PostgresScanStore.open(PostgresStoreConfiguration(url: "postgres://scan@db/scanlogic"))
/// try await store.migrate()
/// ```
public struct PostgresScanStore: ScanStore {
    // MARK: Member variables

    let client: PostgresClient
    let logger: Logger
    /// What the store connects to, without the password.
    public let configuration: PostgresStoreConfiguration
    private let lifetime: ClientLifetime
    /// When claims look for expired leases.
    let reclaimPacer = ReclaimPacer()

    // MARK: Initialization

    private init(configuration: PostgresStoreConfiguration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
        self.client = PostgresClient(configuration: Self.clientConfiguration(configuration), backgroundLogger: logger)
        self.lifetime = ClientLifetime(client)
    }

    /// Connects to the store. The connection pool runs until the last copy of the store
    /// is released.
    /// - Throws: ``ScanError`` `.storage` naming the server when it cannot be reached.
    public static func open(
        _ configuration: PostgresStoreConfiguration,
        logger: Logger = Logger(label: "scanlogic.store")
    ) async throws -> PostgresScanStore {
        let store = PostgresScanStore(configuration: configuration, logger: logger)
        try await store.checkReachable()
        return store
    }

    // MARK: Methods

    /// Connects once outside the pool, so an unreachable server fails with its address
    /// and the pool's runner has started before the first lease.
    private func checkReachable() async throws {
        do {
            let connection = try await PostgresConnection.connect(
                configuration: try Self.directConfiguration(configuration),
                id: 0,
                logger: logger
            )
            try await connection.close()
        } catch {
            let cause = ScanError(store: error)
            throw ScanError(
                .storage,
                "cannot connect to the store at \(configuration.host):\(configuration.port)/\(configuration.database)",
                detail: cause.detail ?? cause.message
            )
        }
    }

    private static func clientConfiguration(_ configuration: PostgresStoreConfiguration) -> PostgresClient.Configuration
    {
        var options = PostgresClient.Configuration(
            host: configuration.host,
            port: configuration.port,
            username: configuration.username,
            password: configuration.password,
            database: configuration.database,
            tls: clientTLS(configuration.tls)
        )
        options.options.maximumConnections = configuration.maximumConnections
        options.options.minimumConnections = 0
        options.options.connectTimeout = .seconds(10)
        return options
    }

    static func directConfiguration(
        _ configuration: PostgresStoreConfiguration
    ) throws -> PostgresConnection.Configuration {
        let tls: PostgresConnection.Configuration.TLS =
            switch configuration.tls {
            case .disable: .disable
            case .prefer: .prefer(try NIOSSLContext(configuration: tlsConfiguration(.prefer)))
            case .require: .require(try NIOSSLContext(configuration: tlsConfiguration(.require)))
            }
        return PostgresConnection.Configuration(
            host: configuration.host,
            port: configuration.port,
            username: configuration.username,
            password: configuration.password,
            database: configuration.database,
            tls: tls
        )
    }

    private static func clientTLS(_ mode: PostgresStoreConfiguration.TLSMode) -> PostgresClient.Configuration.TLS {
        switch mode {
        case .disable: .disable
        case .prefer: .prefer(tlsConfiguration(mode))
        case .require: .require(tlsConfiguration(mode))
        }
    }

    /// `prefer` encrypts when it can without failing on an unverifiable certificate, as
    /// libpq does; `require` checks the certificate.
    private static func tlsConfiguration(_ mode: PostgresStoreConfiguration.TLSMode) -> TLSConfiguration {
        var tls = TLSConfiguration.makeClientConfiguration()
        if mode == .prefer { tls.certificateVerification = .none }
        return tls
    }
}

/// Runs the client's connection pool for as long as a store refers to it.
private final class ClientLifetime: Sendable {
    private let runner: Task<Void, Never>

    init(_ client: PostgresClient) {
        runner = Task { await client.run() }
    }

    deinit { runner.cancel() }
}
