public import ScanCore
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

    /// The backends that can run here.
    public static var available: [StoreKind] { [.sqlite] }

    /// Builds an empty, migrated store.
    public func makeStore() async throws -> any ScanStore {
        switch self {
        case .sqlite: try SQLiteScanStore.inMemory()
        }
    }

    /// Builds an empty, migrated store that also serves the control plane.
    public func makeControlStore() async throws -> any ControlPlaneStore {
        switch self {
        case .sqlite: try SQLiteScanStore.inMemory()
        }
    }

    public var description: String { rawValue }
}
