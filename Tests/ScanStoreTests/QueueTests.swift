import Foundation
import ScanCore
import ScanTestSupport
import Testing

/// Claiming, leases, retries and redelivery.
struct QueueTests {
    private func startedRun(_ store: any ScanStore) async throws -> ScanRun {
        let definition = try await Fixtures.definition(in: store)
        return try await store.startRun(definitionID: definition.id, tenant: Tenant.defaultID, at: Fixtures.epoch).run
    }

    @Test(arguments: StoreKind.available)
    func aClaimedJobIsLeasedToOneWorker(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let run = try await startedRun(store)

        let first = try await store.claimJobs(ClaimRequest(worker: "a", now: Fixtures.epoch, leaseDuration: 30))
        let second = try await store.claimJobs(ClaimRequest(worker: "b", now: Fixtures.epoch, leaseDuration: 30))

        let job = try #require(first.first)
        #expect(second.isEmpty)
        #expect(job.state == .leased)
        #expect(job.leaseOwner == "a")
        #expect(job.attempts == 1)
        #expect(try await store.run(run.id, tenant: Tenant.defaultID)?.status == .running)
    }

    @Test(arguments: StoreKind.available)
    func anExpiredLeaseIsReclaimedAndTheOldOwnerLosesIt(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        _ = try await startedRun(store)
        let stale = try #require(
            try await store.claimJobs(ClaimRequest(worker: "a", now: Fixtures.epoch, leaseDuration: 30)).first
        )

        let later = Fixtures.epoch.addingTimeInterval(31)
        let reclaimed = try #require(try await store.claimJobs(ClaimRequest(worker: "b", now: later)).first)

        #expect(reclaimed.id == stale.id)
        #expect(reclaimed.attempts == 2)
        let error = await #expect(throws: ScanError.self) {
            try await store.completeEnumeration(
                stale,
                worker: "a",
                page: EnumerationPage(objects: [], nextCursor: nil),
                at: later
            )
        }
        #expect(error?.code == .leaseLost)
    }

    @Test(arguments: StoreKind.available)
    func extendedLeasesAreNotReclaimed(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        _ = try await startedRun(store)
        let job = try #require(
            try await store.claimJobs(ClaimRequest(worker: "a", now: Fixtures.epoch, leaseDuration: 30)).first
        )

        let held = try await store.extendLeases([job.id], worker: "a", until: Fixtures.epoch.addingTimeInterval(120))
        let attempt = try await store.claimJobs(ClaimRequest(worker: "b", now: Fixtures.epoch.addingTimeInterval(60)))

        #expect(held == [job.id])
        #expect(attempt.isEmpty)
    }

    @Test(arguments: StoreKind.available)
    func releasedLeasesAreClaimableAtOnce(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        _ = try await startedRun(store)
        _ = try await store.claimJobs(ClaimRequest(worker: "dead-process", now: Fixtures.epoch, leaseDuration: 3600))

        let released = try await store.releaseLeases(exceptWorker: "new-process")
        let claimed = try await store.claimJobs(ClaimRequest(worker: "new-process", now: Fixtures.epoch))

        #expect(released == 1)
        #expect(claimed.count == 1)
    }

    @Test(arguments: StoreKind.available)
    func aRetriedJobWaitsForItsTime(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        _ = try await startedRun(store)
        let job = try #require(try await store.claimJobs(ClaimRequest(worker: "a", now: Fixtures.epoch)).first)

        let retryAt = Fixtures.epoch.addingTimeInterval(10)
        try await store.failJob(job, worker: "a", error: "connection reset", retryAt: retryAt, at: Fixtures.epoch)

        #expect(try await store.claimJobs(ClaimRequest(worker: "a", now: Fixtures.epoch.addingTimeInterval(9))).isEmpty)
        let again = try #require(try await store.claimJobs(ClaimRequest(worker: "a", now: retryAt)).first)
        #expect(again.id == job.id)
        #expect(again.attempts == 2)
        #expect(again.lastError == "connection reset")
    }

    @Test(arguments: StoreKind.available)
    func aDeadEnumerationFailsTheRun(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let run = try await startedRun(store)
        let job = try #require(try await store.claimJobs(ClaimRequest(worker: "a", now: Fixtures.epoch)).first)

        try await store.failJob(job, worker: "a", error: "root not found", retryAt: nil, at: Fixtures.epoch)

        let failed = try #require(try await store.run(run.id, tenant: Tenant.defaultID))
        #expect(failed.status == .failed)
        #expect(failed.error?.contains("root not found") == true)
    }

    @Test(arguments: StoreKind.available)
    func aDeadScanIsRecordedAndTheRunGoesOn(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let run = try await startedRun(store)
        let driver = StoreDriver(store: store, pages: StoreDriver.pages(["ok", "bad"], size: 10)) {
            ObjectResult(object: $0, outcome: .clean)
        }
        try await driver.complete(
            try #require(try await store.claimJobs(ClaimRequest(worker: "test-worker", now: Fixtures.epoch)).first)
        )
        let scans = try await store.claimJobs(ClaimRequest(worker: "test-worker", kinds: [.scan], now: Fixtures.epoch))
        let bad = try #require(scans.first { $0.payload == .scan(Fixtures.object("bad")) })

        try await store.failJob(bad, worker: "test-worker", error: "disk error", retryAt: nil, at: Fixtures.epoch)
        for job in scans where job.id != bad.id { try await driver.complete(job) }
        try await driver.drain()

        let done = try #require(try await store.run(run.id, tenant: Tenant.defaultID))
        #expect(done.status == .completed)
        #expect(done.counters.finalized == 2)
        #expect(done.counters.failed == 1)
        let records = try await store.objectRecords(run: run.id, tenant: Tenant.defaultID)
        #expect(records.map(\.outcome.name) == ["unable_to_scan", "clean"])
    }

    @Test(arguments: StoreKind.available)
    func objectsListedTwiceAreScannedOnce(kind: StoreKind) async throws {
        // Given a source whose second page repeats the first page's objects (as a retried
        // enumeration over a changing listing can)
        let store = try await kind.makeStore()
        let run = try await startedRun(store)
        let objects = [Fixtures.object("a"), Fixtures.object("b")]
        let driver = StoreDriver(
            store: store,
            pages: { cursor in EnumerationPage(objects: objects, nextCursor: cursor == nil ? "again" : nil) },
            results: { ObjectResult(object: $0, outcome: .clean) }
        )

        // When the run is driven to its end
        try await driver.drain()

        // Then each object was enumerated, scanned and finalized once
        let done = try #require(try await store.run(run.id, tenant: Tenant.defaultID))
        #expect(done.status == .completed)
        #expect(done.counters.enumerated == 2)
        #expect(done.counters.scanned == 2)
        #expect(done.counters.finalized == 2)
    }

    @Test(arguments: StoreKind.available)
    func laterStepsAreClaimedFirst(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        _ = try await startedRun(store)
        let page = EnumerationPage(objects: [Fixtures.object("a")], nextCursor: "next")
        let enumerate = try #require(try await store.claimJobs(ClaimRequest(worker: "w", now: Fixtures.epoch)).first)
        try await store.completeEnumeration(enumerate, worker: "w", page: page, at: Fixtures.epoch)

        let next = try await store.claimJobs(ClaimRequest(worker: "w", limit: 1, now: Fixtures.epoch))

        #expect(next.map(\.kind) == [.scan])
    }

    @Test(arguments: StoreKind.available)
    func enumerationWaitsForWorkInFlightSoTheQueueStaysBounded(kind: StoreKind) async throws {
        // Given a scope of 200 objects listed 10 per page, driven one job at a time
        let store = try await kind.makeStore()
        let run = try await startedRun(store)
        let paths = (0..<200).map { "f\($0)" }
        let driver = StoreDriver(store: store, pages: StoreDriver.pages(paths, size: 10)) {
            ObjectResult(object: $0, outcome: .clean)
        }

        // When every job runs, tracking how many objects wait between enumeration and finalization
        var mostOutstanding = 0
        while let job = try await store.claimJobs(ClaimRequest(worker: "test-worker", limit: 1, now: Fixtures.epoch))
            .first
        {
            try await driver.complete(job)
            let counters = try #require(try await store.run(run.id, tenant: Tenant.defaultID)).counters
            mostOutstanding = max(mostOutstanding, counters.enumerated - counters.finalized)
        }

        // Then no more than one page was ever outstanding, and the run completed
        #expect(mostOutstanding <= 10)
        #expect(try await store.run(run.id, tenant: Tenant.defaultID)?.status == .completed)
    }
}
