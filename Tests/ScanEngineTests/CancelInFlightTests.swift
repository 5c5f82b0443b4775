import Foundation
import Logging
import ScanCore
import ScanEngine
import ScanRules
import ScanTestSupport
import Testing

@Suite("Cancelling a run stops the jobs workers hold")
struct CancelInFlightTests {
    /// On SQLite the worker notices at its heartbeat; on PostgreSQL the NOTIFY reaches it
    /// at once. Either way, a run whose objects would take a minute ends within seconds.
    @Test(arguments: StoreKind.available)
    func inFlightScansAreStoppedAndTheRunEndsCancelled(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let source = DataSource(name: "slow", kind: .filesystem, location: "/slow", createdAt: Fixtures.epoch)
        try await store.save(source)
        let definition = ScanDefinition(name: "slow", sourceID: source.id, createdAt: Fixtures.epoch)
        try await store.save(definition)
        let run = try await store.startRun(definitionID: definition.id, tenant: Tenant.defaultID, at: Date()).run
        let worker = try makeWorker(store: store, connector: StallingConnector(paths: ["a", "b", "c"]))

        let started = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await worker.run(until: {
                    try await store.run(run.id, tenant: Tenant.defaultID)?.status.isTerminal ?? true
                })
            }
            try await waitUntil { try await store.run(run.id, tenant: Tenant.defaultID)?.counters.enumerated == 3 }
            try await Task.sleep(for: .milliseconds(200))
            _ = try await store.cancelRun(run.id, tenant: Tenant.defaultID, at: Date())
            try await group.next()
            group.cancelAll()
        }

        let ended = try #require(try await store.run(run.id, tenant: Tenant.defaultID))
        #expect(ended.status == .cancelled)
        #expect(ended.counters.scanned == 0)
        #expect(ContinuousClock.now - started < .seconds(20))
        #expect(try await store.workers().first?.jobsHeld == 0)
    }

    private func makeWorker(store: any ScanStore, connector: some Connector) throws -> ScanWorker {
        let rules = RuleProfile(
            engine: try RuleEngine(classifiers: PipelineHarness.classifiers),
            ruleSet: RuleSet(name: "test", minMatchRatio: 0.5)
        )
        let cache = RunResourceCache(store: store, makeConnector: { _, _ in connector }, compileRules: { _ in rules })
        let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        let executor = JobExecutor(
            store: store,
            resources: cache,
            hasher: ValueHasher(key: Array(repeating: 7, count: 32)),
            configuration: JobExecutor.Configuration(),
            worker: "stalling",
            now: { Date() },
            logger: logger
        )
        let configuration = ScanWorker.Configuration(
            worker: "stalling",
            concurrency: 4,
            // A heartbeat every 2 s; a 1.5 s lease could expire under CI load.
            leaseDuration: 6,
            pollInterval: 0.05
        )
        return ScanWorker(executor: executor, store: store, configuration: configuration, logger: logger)
    }

    private func waitUntil(_ condition: () async throws -> Bool) async throws {
        for _ in 0..<200 {
            if try await condition() { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("condition not met within 10 s")
    }
}
