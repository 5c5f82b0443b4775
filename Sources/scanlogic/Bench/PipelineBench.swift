import Foundation
import Logging
import ScanCore
import ScanEngine
import ScanStoreSQLite

/// Runs one scan through the real pipeline: a fresh SQLite store, the job queue and a
/// ``ScanWorker``, with the connector and rules the benchmark chooses.
struct PipelineBench {
    /// What one pipeline run took and did.
    struct Outcome {
        var seconds: Double
        var counters: RunCounters
        var status: RunStatus
    }

    /// Where the throwaway store files go.
    let scratchFolder: String
    let logger: Logger

    /// Scans `source` with `concurrency` jobs in flight; the connector comes from
    /// `makeConnector` and the rules are `rules` whatever the definition says.
    func measure(
        source: DataSource,
        rules: RuleProfile,
        concurrency: Int,
        makeConnector: @escaping RunResourceCache.ConnectorFactory
    ) async throws -> Outcome {
        let path = "\(scratchFolder)/store-\(UUID().uuidString.prefix(8)).sqlite"
        defer { Self.removeStore(at: path) }
        let store = try SQLiteScanStore(path: path)
        try await store.save(source)
        let definition = ScanDefinition(name: source.name, sourceID: source.id, createdAt: Date())
        try await store.save(definition)
        let worker = BenchWorker.make(
            store: store,
            name: "bench",
            rules: rules,
            concurrency: concurrency,
            logger: logger,
            makeConnector: makeConnector
        )
        let clock = ContinuousClock()
        let start = clock.now
        let runID = try await store.startRun(definitionID: definition.id, tenant: Tenant.defaultID, at: Date()).run.id
        try await worker.0.run(until: {
            try await store.run(runID, tenant: Tenant.defaultID)?.status.isTerminal ?? true
        })
        let seconds = (clock.now - start).seconds
        await worker.1.closeAll()
        guard let run = try await store.run(runID, tenant: Tenant.defaultID) else {
            throw ScanError(.notFound, "run \(runID) not found")
        }
        return Outcome(seconds: seconds, counters: run.counters, status: run.status)
    }

    private static func removeStore(at path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
