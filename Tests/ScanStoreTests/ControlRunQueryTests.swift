import Foundation
import ScanCore
import ScanTestSupport
import Testing

/// Run listings for the API and the live event publisher.
struct ControlRunQueryTests {
    /// Three runs of `first` and one of `second`, a minute apart, all completed but the last.
    private func history(_ store: any ControlPlaneStore) async throws -> (ScanDefinition, ScanDefinition, [ScanRun]) {
        let first = try await Fixtures.definition(in: store, name: "first")
        let second = try await Fixtures.definition(in: store, name: "second")
        var runs: [ScanRun] = []
        for minute in 0..<3 {
            let at = Fixtures.epoch.addingTimeInterval(Double(minute) * 60)
            runs.append(try await ControlScenario.run(store, first, objects: [:], at: at))
        }
        let at = Fixtures.epoch.addingTimeInterval(180)
        runs.append(try await store.startRun(definitionID: second.id, tenant: Tenant.defaultID, at: at).run)
        return (first, second, runs)
    }

    @Test(arguments: StoreKind.available)
    func runsAreNewestFirstAndFiltered(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        let (first, second, runs) = try await history(store)

        let all = try await store.runs(RunQuery(tenantID: Tenant.defaultID))
        let ofFirst = try await store.runs(RunQuery(tenantID: Tenant.defaultID, definitionID: first.id))
        let ofSource = try await store.runs(RunQuery(tenantID: Tenant.defaultID, sourceID: second.sourceID))
        let active = try await store.runs(RunQuery(tenantID: Tenant.defaultID, statuses: [.pending, .running]))
        let foreign = try await store.runs(RunQuery(tenantID: TenantID("t2")))

        #expect(all.map(\.id) == runs.reversed().map(\.id))
        #expect(ofFirst.map(\.id) == runs[0..<3].reversed().map(\.id))
        #expect(ofSource.map(\.id) == [runs[3].id])
        #expect(active.map(\.id) == [runs[3].id])
        #expect(foreign.isEmpty)
    }

    @Test(arguments: StoreKind.available)
    func theCursorPagesPastARun(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        let (_, _, runs) = try await history(store)

        let page1 = try await store.runs(RunQuery(tenantID: Tenant.defaultID, limit: 2))
        let page2 = try await store.runs(RunQuery(tenantID: Tenant.defaultID, beforeRun: page1.last?.id, limit: 2))
        let page3 = try await store.runs(RunQuery(tenantID: Tenant.defaultID, beforeRun: page2.last?.id, limit: 2))

        #expect(page1.map(\.id) == [runs[3].id, runs[2].id])
        #expect(page2.map(\.id) == [runs[1].id, runs[0].id])
        #expect(page3.isEmpty)
    }

    @Test(arguments: StoreKind.available)
    func changedRunsAreActiveOrRecentlyFinished(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        let (_, _, runs) = try await history(store)
        let foreign = try await Fixtures.definition(in: store, name: "foreign", tenant: TenantID("t2"))
        let foreignRun = try await store.startRun(definitionID: foreign.id, tenant: TenantID("t2"), at: Fixtures.epoch)

        let changed = try await store.runsChanged(since: Fixtures.epoch.addingTimeInterval(60))

        #expect(Set(changed.map(\.id)) == [runs[1].id, runs[2].id, runs[3].id, foreignRun.run.id])
    }

    @Test(arguments: StoreKind.available)
    func eventsResumeAfterAnIdAndKeepTheirSnapshot(kind: StoreKind) async throws {
        // Given three events over two runs
        let store = try await kind.makeControlStore()
        let (_, _, runs) = try await history(store)
        let stored = try await store.appendRunEvents([
            RunEvent(kind: .created, at: Fixtures.epoch, run: runs[0]),
            RunEvent(kind: .created, at: Fixtures.epoch, run: runs[3]),
            RunEvent(kind: .status, at: Fixtures.epoch, run: runs[0]),
        ])

        // When a client resumes after the first and another reads one run
        let resumed = try await store.runEvents(tenant: Tenant.defaultID, run: nil, afterID: stored[0].id, limit: 10)
        let ofRun = try await store.runEvents(tenant: Tenant.defaultID, run: runs[3].id, afterID: 0, limit: 10)
        let latest = try await store.latestRunEvents(runs: [runs[0].id, runs[3].id, runs[1].id])

        // Then ids increase, order is kept, and each run's newest event is found
        #expect(stored.map(\.id) == stored.map(\.id).sorted())
        #expect(Set(stored.map(\.id)).count == 3)
        #expect(resumed == Array(stored[1...]))
        #expect(ofRun == [stored[1]])
        #expect(latest == [stored[1], stored[2]])
        #expect(try await store.runEvents(tenant: TenantID("t2"), run: nil, afterID: 0, limit: 10).isEmpty)
    }

    @Test(arguments: StoreKind.available)
    func queueCountsAreByKindAndState(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        let first = try await Fixtures.definition(in: store, name: "first")
        let second = try await Fixtures.definition(in: store, name: "second")
        _ = try await store.startRun(definitionID: first.id, tenant: Tenant.defaultID, at: Fixtures.epoch)
        _ = try await store.startRun(definitionID: second.id, tenant: Tenant.defaultID, at: Fixtures.epoch)
        _ = try await store.claimJobs(ClaimRequest(worker: "w", limit: 1, now: Fixtures.epoch))

        let counts = try await store.queueCounts()

        #expect(counts.counts == [.enumerate: [.ready: 1, .leased: 1]])
        #expect(counts.depth == 1)
    }
}
