import Foundation
public import GRDB
public import ScanCore
import ScanStoreSQL

/// The ``ScanStore`` and ``ControlPlaneStore`` on an embedded SQLite database, through GRDB.
///
/// A file store uses a `DatabasePool` in WAL mode so readers never block the writer;
/// ``inMemory()`` gives a private database for tests. Every protocol method is a single
/// write or read transaction.
///
/// ```swift
/// let store = try SQLiteScanStore(path: "/var/lib/scanlogic/store.sqlite")
/// let start = try await store.startRun(definitionID: id, tenant: Tenant.defaultID, at: Date())
/// ```
public struct SQLiteScanStore: ScanStore {
    // MARK: Member variables

    let writer: any DatabaseWriter

    // MARK: Initialization

    /// Opens (creating if needed) the store at `path` and migrates it.
    /// - Throws: `ScanError(.storage)` when the file cannot be opened or migrated.
    public init(path: String) throws {
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
            self.writer = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw ScanError(.storage, "cannot open the store", detail: "\(path): \(error)")
        }
        try migrate()
    }

    /// Wraps an existing GRDB writer and migrates it.
    public init(writer: any DatabaseWriter) throws {
        self.writer = writer
        try migrate()
    }

    /// A fresh private in-memory store, for tests.
    public static func inMemory() throws -> SQLiteScanStore {
        try SQLiteScanStore(writer: DatabaseQueue())
    }

    // MARK: Methods

    private func migrate() throws {
        var migrator = DatabaseMigrator()
        for migration in StoreMigration.all {
            migrator.registerMigration(migration.name) { db in
                for statement in migration.statements(for: .sqlite) {
                    try db.execute(sql: statement)
                }
            }
        }
        do {
            try migrator.migrate(writer)
        } catch {
            throw ScanError(.storage, "cannot migrate the store", detail: "\(error)")
        }
    }

    /// Runs `body` in a write transaction, translating database errors to ``ScanError``.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await writer.write(body)
        } catch let error as DatabaseError {
            throw ScanError(translating: error)
        }
    }

    /// Runs `body` in a read transaction, translating database errors to ``ScanError``.
    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await writer.read(body)
        } catch let error as DatabaseError {
            throw ScanError(translating: error)
        }
    }
}
