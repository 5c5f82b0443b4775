import Foundation
import Logging
import ScanCore
import ScanEngine
import ScanStorePostgres

/// Whole scans through the pipeline on PostgreSQL: `workers` ``ScanWorker``s, each with a
/// store connection pool and resource cache of its own (as separate processes would have),
/// running `concurrency` jobs each, from the start of the run to its end.
struct FleetPipelineBench {
    let configuration: PostgresStoreConfiguration
    let logger: Logger

    func measure(
        source: DataSource,
        rules: RuleProfile,
        workers: Int,
        concurrency: Int,
        makeConnector: @escaping RunResourceCache.ConnectorFactory
    ) async throws -> PipelineBench.Outcome {
        let store = try await PostgresScanStore.open(configuration, logger: logger)
        try await store.save(source)
        let definition = ScanDefinition(name: source.name, sourceID: source.id, createdAt: Date())
        try await store.save(definition)
        var fleet: [(ScanWorker, RunResourceCache)] = []
        for index in 0..<workers {
            let handle = try await PostgresScanStore.open(configuration, logger: logger)
            fleet.append(
                BenchWorker.make(
                    store: handle,
                    name: "bench-\(index)",
                    rules: rules,
                    concurrency: concurrency,
                    logger: logger,
                    makeConnector: makeConnector
                )
            )
        }
        let start = ContinuousClock.now
        let runID = try await store.startRun(definitionID: definition.id, tenant: Tenant.defaultID, at: Date()).run.id
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (worker, _) in fleet {
                group.addTask {
                    try await worker.run(until: {
                        try await store.run(runID, tenant: Tenant.defaultID)?.status.isTerminal ?? true
                    })
                }
            }
            try await group.waitForAll()
        }
        let seconds = (ContinuousClock.now - start).seconds
        for (_, cache) in fleet { await cache.closeAll() }
        guard let run = try await store.run(runID, tenant: Tenant.defaultID) else {
            throw ScanError(.notFound, "run \(runID) not found")
        }
        return PipelineBench.Outcome(seconds: seconds, counters: run.counters, status: run.status)
    }
}
