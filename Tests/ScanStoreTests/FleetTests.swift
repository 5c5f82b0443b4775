import Foundation
import ScanCore
import ScanTestSupport
import Testing

/// What many workers on one store rely on: roles, caps, the registry and duty leases.
struct FleetTests {
    /// A source with `objects` scan jobs ready (its enumeration completed).
    private func sourceWithScans(
        _ store: any ScanStore,
        name: String,
        objects: Int,
        labels: [String] = [],
        cap: Int? = nil,
        tenant: TenantID = Tenant.defaultID
    ) async throws -> DataSource {
        let source = DataSource(
            tenantID: tenant,
            name: name,
            kind: .filesystem,
            location: "/srv/\(name)",
            createdAt: Fixtures.epoch,
            labels: labels,
            maxConcurrency: cap
        )
        try await store.save(source)
        let definition = ScanDefinition(tenantID: tenant, name: name, sourceID: source.id, createdAt: Fixtures.epoch)
        try await store.save(definition)
        _ = try await store.startRun(definitionID: definition.id, tenant: tenant, at: Fixtures.epoch)
        let enumeration = try #require(
            try await store.claimJobs(ClaimRequest(worker: "lister", now: Fixtures.epoch, sources: [name])).first
        )
        let page = EnumerationPage(objects: (0..<objects).map { Fixtures.object("\(name)/\($0)") }, nextCursor: nil)
        try await store.completeEnumeration(enumeration, worker: "lister", page: page, at: Fixtures.epoch)
        return source
    }

    private func claim(
        _ store: any ScanStore,
        _ worker: String,
        limit: Int = 16,
        sources: Set<String> = [],
        labels: Set<String> = []
    ) async throws -> [Job] {
        try await store.claimJobs(
            ClaimRequest(worker: worker, limit: limit, now: Fixtures.epoch, sources: sources, labels: labels)
        )
    }

    @Test(arguments: StoreKind.available)
    func aSourceCapHoldsAcrossWorkersUntilJobsFinish(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        _ = try await sourceWithScans(store, name: "db", objects: 10, cap: 3)

        let first = try await claim(store, "w1", limit: 2)
        let second = try await claim(store, "w2", limit: 5)
        let third = try await claim(store, "w3")
        #expect(first.count == 2)
        #expect(second.count == 1)
        #expect(third.isEmpty)

        try await store.completeScan(
            first[0],
            worker: "w1",
            result: ObjectResult(object: Fixtures.object("x"), outcome: .clean),
            at: Fixtures.epoch
        )
        let scans = try await claim(store, "w3").filter { $0.kind == .scan }
        #expect(scans.count == 1)
    }

    @Test(arguments: StoreKind.available)
    func aTenantCapCountsEveryJobOfTheTenant(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        let tenant = TenantID("acme")
        _ = try await sourceWithScans(store, name: "a", objects: 5, tenant: tenant)
        _ = try await sourceWithScans(store, name: "b", objects: 5, tenant: tenant)
        _ = try await sourceWithScans(store, name: "other", objects: 5)
        try await store.setTenantConcurrency(tenant, limit: 4)

        let claimed = try await claim(store, "w1", limit: 16)
        #expect(claimed.filter { $0.tenantID == tenant }.count == 4)
        #expect(claimed.filter { $0.tenantID == Tenant.defaultID }.count == 5)
        #expect(try await store.tenantConcurrency(tenant) == 4)

        try await store.setTenantConcurrency(tenant, limit: nil)
        #expect(try await store.tenantConcurrency(tenant) == nil)
        #expect(try await claim(store, "w2").count == 6)
    }

    @Test(arguments: StoreKind.available)
    func rolesLimitWorkersToSourcesAndLabels(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let eu = try await sourceWithScans(store, name: "eu-db", objects: 3, labels: ["eu", "prod"])
        _ = try await sourceWithScans(store, name: "us-db", objects: 3, labels: ["us"])
        _ = try await sourceWithScans(store, name: "files", objects: 3)

        let byLabel = try await claim(store, "eu-worker", labels: ["eu"])
        let byName = try await claim(store, "files-worker", sources: ["files"])
        let byID = try await claim(store, "id-worker", sources: [eu.id.rawValue])
        let finalizers = try await store.claimJobs(ClaimRequest(worker: "fin", kinds: [.finalize], now: Fixtures.epoch))

        #expect(byLabel.count == 3)
        #expect(byLabel.allSatisfy { $0.payload.objectPath?.hasPrefix("eu-db/") == true })
        #expect(byName.count == 3)
        #expect(byName.allSatisfy { $0.payload.objectPath?.hasPrefix("files/") == true })
        #expect(byID.isEmpty)  // eu-db's jobs are all taken
        #expect(finalizers.isEmpty)
        #expect(try await claim(store, "rest").count == 3)
    }

    @Test(arguments: StoreKind.available)
    func theRegistryShowsHeartbeatsAndJobsHeld(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        _ = try await sourceWithScans(store, name: "db", objects: 4)
        let worker = WorkerRecord(
            id: "w1",
            host: "node-1",
            pid: 42,
            kinds: [.scan],
            labels: ["eu"],
            concurrency: 8,
            startedAt: Fixtures.epoch
        )
        try await store.registerWorker(worker)
        _ = try await claim(store, "w1", limit: 3)
        try await store.workerHeartbeat("w1", at: Fixtures.epoch.addingTimeInterval(5))

        let listed = try #require(try await store.workers().first { $0.id == "w1" })
        #expect(listed.jobsHeld == 3)
        #expect(listed.kinds == [.scan])
        #expect(listed.labels == ["eu"])
        #expect(listed.lastHeartbeatAt == Fixtures.epoch.addingTimeInterval(5))
        #expect(listed.stoppedAt == nil)

        #expect(try await store.releaseLeases(heldBy: "w1") == 3)
        try await store.deregisterWorker("w1", at: Fixtures.epoch.addingTimeInterval(6))
        let stopped = try #require(try await store.workers().first { $0.id == "w1" })
        #expect(stopped.jobsHeld == 0)
        #expect(stopped.stoppedAt == Fixtures.epoch.addingTimeInterval(6))
    }

    @Test(arguments: StoreKind.available)
    func aDutyLeaseHasOneHolderUntilItExpires(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        let now = Fixtures.epoch
        let until = now.addingTimeInterval(10)

        #expect(try await store.lead("publisher", holder: "a", until: until, at: now))
        #expect(try await store.lead("publisher", holder: "b", until: until, at: now) == false)
        #expect(try await store.lead("publisher", holder: "a", until: until.addingTimeInterval(5), at: now))
        #expect(try await store.lead("publisher", holder: "b", until: until, at: until) == false)

        let later = until.addingTimeInterval(6)
        #expect(try await store.lead("publisher", holder: "b", until: later.addingTimeInterval(10), at: later))
        #expect(try await store.lead("publisher", holder: "a", until: later.addingTimeInterval(10), at: later) == false)
    }
}

extension JobPayload {
    /// The path of the object the job is about, if any.
    fileprivate var objectPath: String? {
        switch self {
        case .scan(let object): object.path
        case .finalize(let result): result.object.path
        case .enumerate, .act: nil
        }
    }
}

/// Acknowledging several jobs at once.
struct AcknowledgeTests {
    @Test(arguments: StoreKind.available)
    func acknowledgedJobsAreDoneSkippingLostLeasesAndTheRunEnds(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let definition = try await Fixtures.definition(in: store)
        let run = try await store.startRun(definitionID: definition.id, tenant: Tenant.defaultID, at: Fixtures.epoch)
            .run
        let lister = try #require(try await store.claimJobs(ClaimRequest(worker: "a", now: Fixtures.epoch)).first)
        let page = EnumerationPage(objects: (0..<5).map { Fixtures.object("f\($0)") }, nextCursor: nil)
        try await store.completeEnumeration(lister, worker: "a", page: page, at: Fixtures.epoch)
        let scans = try await store.claimJobs(ClaimRequest(worker: "a", now: Fixtures.epoch, leaseDuration: 30))
        #expect(scans.count == 5)

        // Four leases are extended; the fifth expires and worker b takes the job over.
        let kept = Array(scans.dropFirst()).map(\.id)
        _ = try await store.extendLeases(kept, worker: "a", until: Fixtures.epoch.addingTimeInterval(600))
        let later = Fixtures.epoch.addingTimeInterval(60)
        let stolen = try #require(try await store.claimJobs(ClaimRequest(worker: "b", now: later)).first)
        #expect(stolen.id == scans[0].id)

        let done = try await store.acknowledge(scans, worker: "a", at: later)
        #expect(done == Set(kept))
        #expect(try await store.run(run.id, tenant: Tenant.defaultID)?.status == .running)

        #expect(try await store.acknowledge([stolen], worker: "b", at: later) == [stolen.id])
        let ended = try #require(try await store.run(run.id, tenant: Tenant.defaultID))
        #expect(ended.status == .completed)
        #expect(ended.counters.enumerated == 5)
    }
}
