public import ScanCore
public import ScanStorePostgres
import ScanStoreSQLite

/// The store backends the contract suite runs against.
///
/// ```swift
/// @Test(arguments: StoreKind.available)
/// func startIsIdempotent(kind: StoreKind) async throws { let store = try await kind.makeStore() … }
/// ```
public enum StoreKind: String, Sendable, CaseIterable, CustomStringConvertible {
    /// A fresh in-memory SQLite database per test.
    case sqlite
    /// A fresh, migrated database per test on the process's shared test server.
    case postgres

    /// The backends that can run here: PostgreSQL whenever its suites should run (see
    /// ``TestPostgresServer/shouldRun``), so CI fails rather than skips without it.
    public static var available: [StoreKind] {
        TestPostgresServer.shouldRun ? [.sqlite, .postgres] : [.sqlite]
    }

    /// Builds an empty, migrated store.
    public func makeStore() async throws -> any ScanStore {
        try await makeControlStore()
    }

    /// Builds an empty, migrated store that also serves the control plane.
    public func makeControlStore() async throws -> any ControlPlaneStore {
        switch self {
        case .sqlite: try SQLiteScanStore.inMemory()
        case .postgres: try await Self.makePostgresStore()
        }
    }

    /// A migrated PostgreSQL store on a database of its own.
    public static func makePostgresStore(maximumConnections: Int = 4) async throws -> PostgresScanStore {
        let server = try await TestPostgresServer.shared()
        var configuration = try PostgresStoreConfiguration(url: server.url(database: try server.createDatabase()))
        configuration.maximumConnections = maximumConnections
        let store = try await PostgresScanStore.open(configuration)
        try await store.migrate()
        return store
    }

    public var description: String { rawValue }
}
