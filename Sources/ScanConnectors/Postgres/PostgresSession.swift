import Logging
import PostgresNIO
import ScanCore
import Synchronization

/// The connection pool of one ``PostgresConnector`` and the task that runs it.
///
/// `PostgresClient` is a `Service` whose `run()` must be running for queries to be
/// served. Servers add such clients to their `ServiceGroup`; a connector instead lives
/// for one short CLI scan or one worker job, so it runs its own client in a task that
/// starts with the first query and is cancelled by ``shutdown()``. This is the only
/// unstructured task in ScanConnectors and it never outlives the connector.
final class PostgresSession: Sendable {
    private struct State {
        var runner: Task<Void, Never>?
        var reachable = false
        var closed = false
    }

    let configuration: PostgresConnector.Configuration
    private let client: PostgresClient
    private let logger: Logger
    private let state = Mutex(State())

    init(configuration: PostgresConnector.Configuration, logger: Logger) {
        var options = PostgresClient.Configuration(
            host: configuration.host,
            port: configuration.port,
            username: configuration.username,
            password: configuration.password,
            database: configuration.database,
            tls: Self.clientTLS(configuration.tls)
        )
        options.options.maximumConnections = max(configuration.maximumConnections, 1)
        options.options.connectTimeout = configuration.connectTimeout
        self.configuration = configuration
        self.client = PostgresClient(configuration: options, backgroundLogger: logger)
        self.logger = logger
    }

    /// Runs `body` on a pooled connection, starting the pool on first use.
    /// - Throws: ``ScanError`` for every failure, mapped by SQLSTATE.
    func withConnection<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await checkReachable()
        do {
            return try await client.withConnection { try await body($0) }
        } catch {
            throw ScanError(postgres: error, endpoint: configuration.endpoint)
        }
    }

    /// Stops the pool; later calls fail with `.connectionFailed`.
    func shutdown() async {
        let runner = state.withLock { state in
            state.closed = true
            return state.runner
        }
        runner?.cancel()
        await runner?.value
    }

    /// Connects once outside the pool before the first query.
    ///
    /// The pool retries a refused connection for up to a minute before failing the
    /// waiting query with a generic error; one direct attempt fails fast and says why
    /// (refused, bad password, unknown database).
    private func checkReachable() async throws {
        guard !state.withLock({ $0.reachable }) else { return }
        do {
            let connection = try await PostgresConnection.connect(
                configuration: try directConfiguration(),
                id: 0,
                logger: logger
            )
            try? await connection.close()
        } catch {
            throw ScanError(postgres: error, endpoint: configuration.endpoint)
        }
        if let started = try startRunner() {
            // Lease only once the runner task is executing `run()`: leasing earlier works
            // but makes PostgresNIO log a warning that `run()` was not called.
            for await _ in started { break }
        }
    }

    /// Starts the pool's runner once; returns a stream that yields when the runner task has
    /// begun, or `nil` when it was already running.
    private func startRunner() throws -> AsyncStream<Void>? {
        try state.withLock { state in
            guard !state.closed else {
                throw ScanError(.connectionFailed, "PostgreSQL connector is closed", detail: configuration.endpoint)
            }
            state.reachable = true
            guard state.runner == nil else { return nil }
            let (started, signal) = AsyncStream<Void>.makeStream()
            state.runner = Task { [client] in
                signal.yield()
                signal.finish()
                await client.run()
            }
            return started
        }
    }

    private func directConfiguration() throws -> PostgresConnection.Configuration {
        let tls: PostgresConnection.Configuration.TLS =
            switch configuration.tls {
            case .disable: .disable
            case .prefer: .prefer(try NIOSSLContext(configuration: Self.tlsConfiguration(.prefer)))
            case .require: .require(try NIOSSLContext(configuration: Self.tlsConfiguration(.require)))
            }
        var direct = PostgresConnection.Configuration(
            host: configuration.host,
            port: configuration.port,
            username: configuration.username,
            password: configuration.password,
            database: configuration.database,
            tls: tls
        )
        direct.options.connectTimeout = TimeAmount.nanoseconds(Int64(configuration.connectTimeout / .nanoseconds(1)))
        return direct
    }

    private static func clientTLS(_ mode: PostgresConnector.TLSMode) -> PostgresClient.Configuration.TLS {
        switch mode {
        case .disable: .disable
        case .prefer: .prefer(tlsConfiguration(mode))
        case .require: .require(tlsConfiguration(mode))
        }
    }

    /// `prefer` encrypts without checking the certificate, as libpq does; `require`
    /// checks it against the system's trust roots.
    private static func tlsConfiguration(_ mode: PostgresConnector.TLSMode) -> TLSConfiguration {
        var tls = TLSConfiguration.makeClientConfiguration()
        if mode == .prefer { tls.certificateVerification = .none }
        return tls
    }
}
