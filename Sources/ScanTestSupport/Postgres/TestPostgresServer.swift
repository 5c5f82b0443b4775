import Foundation
import Synchronization

/// A throwaway PostgreSQL server for tests: `initdb` and `pg_ctl` on a temporary
/// folder, listening on a free loopback port with `trust` authentication.
///
/// Tests share one server per process (``shared()``) and isolate themselves with a
/// fresh database each (``createDatabase()``). When the PostgreSQL binaries are not
/// installed, suites skip visibly through ``shouldRun``; with
/// `SCANLOGIC_REQUIRE_POSTGRES=1` (as in CI) they run anyway and fail.
///
/// ```swift
/// @Suite(.enabled(if: TestPostgresServer.shouldRun, TestPostgresServer.skipComment))
/// struct PostgresThingTests {
///     @Test func works() async throws {
///         let server = try await TestPostgresServer.shared()
///         let database = try server.createDatabase()
///         try server.execute("CREATE TABLE t (id int)", database: database)
///     }
/// }
/// ```
public struct TestPostgresServer: Sendable {
    // MARK: Member variables

    /// The loopback address the server listens on.
    public let host: String
    /// The TCP port.
    public let port: Int
    /// The superuser, which needs no password.
    public let user: String
    /// The folder holding the data directory, the socket and the log.
    public let directory: String
    let binaries: PostgresBinaries

    /// The environment variable that turns a missing server from a skip into a failure.
    public static let requireVariable = "SCANLOGIC_REQUIRE_POSTGRES"

    private static let launch = Mutex<Task<TestPostgresServer, any Error>?>(nil)

    // MARK: Availability

    /// Whether the environment demands PostgreSQL tests (`SCANLOGIC_REQUIRE_POSTGRES=1`).
    public static var isRequired: Bool {
        ProcessInfo.processInfo.environment[requireVariable] == "1"
    }

    /// Whether a server can be started here.
    public static var isAvailable: Bool { unavailableReason == nil }

    /// Why a server cannot be started, or `nil` when it can.
    public static var unavailableReason: String? {
        switch PostgresBinaries.locate() {
        case .success: nil
        case .failure(let failure): failure.description
        }
    }

    /// Whether PostgreSQL suites should run: the server is available, or required (so
    /// that its absence fails instead of skipping).
    public static var shouldRun: Bool { isAvailable || isRequired }

    /// The message shown when PostgreSQL suites are skipped.
    public static var skipComment: String {
        "PostgreSQL tests skipped: \(unavailableReason ?? "server available"); set \(requireVariable)=1 to fail instead"
    }

    // MARK: Methods

    /// The server shared by every test in this process, started on first use and
    /// stopped when the process exits.
    public static func shared() async throws -> TestPostgresServer {
        let task = launch.withLock { launch in
            if let launch { return launch }
            let task = Task { () throws -> TestPostgresServer in
                let server = try start()
                SharedServerCleanup.register(server)
                return server
            }
            launch = task
            return task
        }
        return try await task.value
    }

    /// Starts a new server; the caller stops it with ``stop()``.
    /// - Throws: ``TestPostgresServerError`` when the binaries are missing or a step fails.
    public static func start() throws -> TestPostgresServer {
        let binaries = try PostgresBinaries.locate().get()
        var lastError: (any Error)?
        // A port found free can be taken by someone else before the server binds it.
        for _ in 0..<3 {
            do {
                return try PostgresLauncher(binaries: binaries).launch()
            } catch {
                lastError = error
            }
        }
        throw lastError ?? TestPostgresServerError("PostgreSQL did not start")
    }

    /// A loopback port that was free a moment ago, for tests of refused connections.
    public static func unusedPort() throws -> Int {
        try FreePort.find()
    }

    /// Creates an empty database with a unique name and returns the name.
    public func createDatabase() throws -> String {
        let name = "test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        try execute("CREATE DATABASE \(name)", database: "postgres")
        return name
    }

    /// Runs SQL with `psql` and returns its unaligned output.
    /// - Parameters:
    ///   - sql: One or more statements; they run in one implicit transaction.
    ///   - database: The database to connect to.
    ///   - user: The role to connect as; the superuser by default.
    @discardableResult
    public func execute(_ sql: String, database: String, user: String? = nil) throws -> String {
        let arguments = [
            "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", host, "-p", String(port),
            "-U", user ?? self.user, "-d", database, "-c", sql,
        ]
        return try ShellCommand(binaries.path("psql"), arguments).run()
    }

    /// A connection URL without password (trust authentication needs none).
    public func url(database: String, user: String? = nil) -> String {
        "postgres://\(user ?? self.user)@\(host):\(port)/\(database)?sslmode=disable"
    }

    /// Restarts the server (fast shutdown, then start with the same options), dropping
    /// every connection, as a database failover or upgrade would.
    public func restart() throws {
        try ShellCommand(
            binaries.path("pg_ctl"),
            ["-D", directory + "/data", "-l", directory + "/server.log", "-m", "fast", "-w", "-t", "60", "restart"]
        )
        .run(as: binaries.serverUser)
    }

    /// Stops the server immediately and removes its folder.
    public func stop() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try ShellCommand(binaries.path("pg_ctl"), ["-D", directory + "/data", "-m", "immediate", "-w", "stop"])
            .run(as: binaries.serverUser)
    }
}

/// A failure to start or drive the test server, with the tool's output.
public struct TestPostgresServerError: Error, CustomStringConvertible {
    /// What went wrong.
    public var description: String

    /// Creates an error.
    public init(_ description: String) {
        self.description = description
    }
}
