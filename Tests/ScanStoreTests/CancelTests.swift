import Foundation
import ScanCore
import ScanTestSupport
import Testing

/// Cancellation: enumeration stops, unstarted work is dropped, work in flight drains.
struct CancelTests {
    @Test(arguments: StoreKind.available)
    func cancelDrainsInFlightJobsThenEnds(kind: StoreKind) async throws {
        // Given a run with one scan in flight and one not started
        let store = try await kind.makeStore()
        let definition = try await Fixtures.definition(in: store)
        let run = try await store.startRun(definitionID: definition.id, tenant: Tenant.defaultID, at: Fixtures.epoch)
            .run
        let driver = StoreDriver(store: store, pages: StoreDriver.pages(["a", "b"], size: 2)) {
            ObjectResult(object: $0, outcome: .clean)
        }
        try await driver.complete(
            try #require(try await store.claimJobs(ClaimRequest(worker: "test-worker", now: Fixtures.epoch)).first)
        )
        let inFlight = try #require(
            try await store.claimJobs(ClaimRequest(worker: "test-worker", limit: 1, now: Fixtures.epoch)).first
        )

        // When the run is cancelled
        let cancelling = try await store.cancelRun(run.id, tenant: Tenant.defaultID, at: Fixtures.epoch)
        #expect(cancelling.status == .running)
        #expect(cancelling.cancelRequested)

        // Then the job in flight completes and is finalized, the other never runs
        try await driver.complete(inFlight)
        try await driver.drain()
        let ended = try #require(try await store.run(run.id, tenant: Tenant.defaultID))
        #expect(ended.status == .cancelled)
        #expect(ended.counters.finalized == 1)
        #expect(try await store.objectRecords(run: run.id, tenant: Tenant.defaultID).count == 1)
    }

    @Test(arguments: StoreKind.available)
    func cancellingAnEndedRunIsAConflict(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let definition = try await Fixtures.definition(in: store)
        let run = try await store.startRun(definitionID: definition.id, tenant: Tenant.defaultID, at: Fixtures.epoch)
            .run
        try await StoreDriver(store: store, pages: StoreDriver.pages([], size: 1)) {
            ObjectResult(object: $0, outcome: .clean)
        }.drain()

        let error = await #expect(throws: ScanError.self) {
            try await store.cancelRun(run.id, tenant: Tenant.defaultID, at: Fixtures.epoch)
        }
        #expect(error?.code == .conflict)
    }

    @Test(arguments: StoreKind.available)
    func cancellingAPendingRunEndsItAtOnce(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let definition = try await Fixtures.definition(in: store)
        let run = try await store.startRun(definitionID: definition.id, tenant: Tenant.defaultID, at: Fixtures.epoch)
            .run

        let cancelled = try await store.cancelRun(run.id, tenant: Tenant.defaultID, at: Fixtures.epoch)

        #expect(cancelled.status == .cancelled)
        #expect(try await store.claimJobs(ClaimRequest(worker: "w", now: Fixtures.epoch)).isEmpty)
    }
}
