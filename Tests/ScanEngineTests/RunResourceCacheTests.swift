import Foundation
import ScanCore
import ScanEngine
import ScanTestSupport
import Synchronization
import Testing

/// A long-lived worker or agent goes through many runs: the connector of a run no job has
/// used for the idle timeout is closed, and never one a job still uses.
struct RunResourceCacheTests {
    /// Counts the connectors made and closed.
    private final class Counts: Sendable {
        let opened = Atomic(0)
        let closed = Atomic(0)
    }

    /// A connector that counts its close.
    private struct CountedConnector: Connector {
        let counts: Counts
        var kind: SourceKind { .filesystem }

        func enumerate(cursor: String?, scope: ScopeFilter, pageSize: Int) async throws -> EnumerationPage {
            EnumerationPage(objects: [], nextCursor: nil)
        }

        func fetch(_ object: ObjectRef) async throws -> ObjectContent {
            throw ScanError(.fetchFailed, "no content here")
        }

        func close() async { counts.closed.add(1, ordering: .relaxed) }
    }

    private func cache(_ store: any ScanStore, _ counts: Counts, idle: Duration) throws -> RunResourceCache {
        let rules = try RuleProfile.compile(document: nil)
        return RunResourceCache(
            store: store,
            makeConnector: { _, _ in
                counts.opened.add(1, ordering: .relaxed)
                return CountedConnector(counts: counts)
            },
            compileRules: { _ in rules },
            idleTimeout: idle
        )
    }

    private func startRun(_ store: any ScanStore, _ name: String) async throws -> Identifier<ScanRun> {
        let definition = try await Fixtures.definition(in: store, name: name)
        return try await store.startRun(definitionID: definition.id, tenant: Tenant.defaultID, at: Fixtures.epoch).run
            .id
    }

    @Test func aRunNoJobUsedForTheIdleTimeoutIsClosed() async throws {
        let store = try await StoreKind.sqlite.makeStore()
        let counts = Counts()
        let cache = try cache(store, counts, idle: .milliseconds(200))
        let first = try await startRun(store, "first")
        let second = try await startRun(store, "second")

        try await cache.withRun(first, tenant: Tenant.defaultID) { _ in }
        try await cache.withRun(first, tenant: Tenant.defaultID) { _ in }
        #expect(counts.opened.load(ordering: .relaxed) == 1)
        try await Task.sleep(for: .milliseconds(300))
        try await cache.withRun(second, tenant: Tenant.defaultID) { _ in }

        #expect(await cache.openRuns == 1)
        try await waitUntil { counts.closed.load(ordering: .relaxed) == 1 }
    }

    @Test func aRunAJobStillUsesStaysOpen() async throws {
        let store = try await StoreKind.sqlite.makeStore()
        let counts = Counts()
        let cache = try cache(store, counts, idle: .milliseconds(200))
        let busy = try await startRun(store, "busy")
        let other = try await startRun(store, "other")

        try await cache.withRun(busy, tenant: Tenant.defaultID) { _ in
            try await Task.sleep(for: .milliseconds(300))
            try await cache.withRun(other, tenant: Tenant.defaultID) { _ in }
        }

        #expect(await cache.openRuns == 2)
        #expect(counts.closed.load(ordering: .relaxed) == 0)
    }

    private func waitUntil(_ condition: () -> Bool) async throws {
        for _ in 0..<500 where !condition() { try await Task.sleep(for: .milliseconds(20)) }
        #expect(condition())
    }
}
