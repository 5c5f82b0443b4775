import Foundation
import ScanCore
import ScanTestSupport
import Testing

/// The run contract: one active run per definition, completion only when everything is
/// finalized, counters by finalized objects.
struct RunLifecycleTests {
    @Test(arguments: StoreKind.available)
    func startingAnActiveDefinitionReturnsTheSameRun(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let definition = try await Fixtures.definition(in: store)

        let first = try await store.startRun(definitionID: definition.id, tenant: Tenant.defaultID, at: Fixtures.epoch)
        let second = try await store.startRun(definitionID: definition.id, tenant: Tenant.defaultID, at: Fixtures.epoch)

        #expect(first.created)
        #expect(!second.created)
        #expect(second.run.id == first.run.id)
        let jobs = try await store.claimJobs(ClaimRequest(worker: "w", now: Fixtures.epoch))
        #expect(jobs.map(\.kind) == [.enumerate])
    }

    @Test(arguments: StoreKind.available)
    func runCompletesOnlyWhenEveryObjectIsFinalized(kind: StoreKind) async throws {
        // Given a run over five objects listed two per page
        let store = try await kind.makeStore()
        let definition = try await Fixtures.definition(in: store)
        let run = try await store.startRun(definitionID: definition.id, tenant: Tenant.defaultID, at: Fixtures.epoch)
            .run
        let paths = ["a", "b", "c", "d", "e"]
        let driver = StoreDriver(store: store, pages: StoreDriver.pages(paths, size: 2)) { object in
            ObjectResult(object: object, outcome: .clean, bytesRead: 10)
        }

        // When only the enumeration and scan steps have run
        var claimed = try await store.claimJobs(
            ClaimRequest(worker: "test-worker", kinds: [.enumerate, .scan], now: Fixtures.epoch)
        )
        while !claimed.isEmpty {
            for job in claimed { try await driver.complete(job) }
            claimed = try await store.claimJobs(
                ClaimRequest(worker: "test-worker", kinds: [.enumerate, .scan], now: Fixtures.epoch)
            )
        }
        let scannedOnly = try #require(try await store.run(run.id, tenant: Tenant.defaultID))

        // Then the run is still running: enumerated and scanned, not finalized
        #expect(scannedOnly.status == .running)
        #expect(scannedOnly.enumerationDone)
        #expect(scannedOnly.counters.enumerated == 5)
        #expect(scannedOnly.counters.scanned == 5)
        #expect(scannedOnly.counters.finalized == 0)

        // When the finalize jobs run, it completes
        try await driver.drain()
        let done = try #require(try await store.run(run.id, tenant: Tenant.defaultID))
        #expect(done.status == .completed)
        #expect(done.counters.finalized == 5)
        #expect(done.counters.bytes == 50)
        #expect(done.finishedAt != nil)
    }

    @Test(arguments: StoreKind.available)
    func aNewRunCanStartAfterTheLastEnded(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let definition = try await Fixtures.definition(in: store)
        let first = try await store.startRun(definitionID: definition.id, tenant: Tenant.defaultID, at: Fixtures.epoch)
        try await StoreDriver(store: store, pages: StoreDriver.pages(["x"], size: 5)) {
            ObjectResult(object: $0, outcome: .clean)
        }.drain()

        let second = try await store.startRun(definitionID: definition.id, tenant: Tenant.defaultID, at: Fixtures.epoch)

        #expect(second.created)
        #expect(second.run.id != first.run.id)
    }

    @Test(arguments: StoreKind.available)
    func emptyScopeCompletesAfterEnumeration(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let definition = try await Fixtures.definition(in: store)
        let run = try await store.startRun(definitionID: definition.id, tenant: Tenant.defaultID, at: Fixtures.epoch)
            .run

        try await StoreDriver(store: store, pages: StoreDriver.pages([], size: 5)) {
            ObjectResult(object: $0, outcome: .clean)
        }.drain()

        #expect(try await store.run(run.id, tenant: Tenant.defaultID)?.status == .completed)
    }

    @Test(arguments: StoreKind.available)
    func tenantsDoNotSeeEachOthersRuns(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let other = TenantID("other")
        let definition = try await Fixtures.definition(in: store, tenant: other)
        let run = try await store.startRun(definitionID: definition.id, tenant: other, at: Fixtures.epoch).run

        #expect(try await store.run(run.id, tenant: Tenant.defaultID) == nil)
        #expect(try await store.runs(tenant: Tenant.defaultID, definitionID: nil, limit: 10).isEmpty)
        await #expect(throws: ScanError.self) {
            try await store.startRun(definitionID: definition.id, tenant: Tenant.defaultID, at: Fixtures.epoch)
        }
    }

    @Test(arguments: StoreKind.available)
    func duplicateSourceNamesAreRejected(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        try await Fixtures.definition(in: store, name: "same")
        let clash = DataSource(name: "same", kind: .sqlite, location: "/x.db", createdAt: Fixtures.epoch)

        let error = await #expect(throws: ScanError.self) { try await store.save(clash) }
        #expect(error?.code == .duplicate)
    }
}
