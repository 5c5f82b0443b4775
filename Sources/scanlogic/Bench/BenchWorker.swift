import Foundation
import Logging
import ScanCore
import ScanEngine

/// The ``ScanWorker`` every pipeline benchmark runs, with its own resource cache.
enum BenchWorker {
    /// A worker named `name` on `store`, scanning with `rules`, `concurrency` jobs at once.
    static func make(
        store: any ScanStore,
        name: String,
        rules: RuleProfile,
        concurrency: Int,
        logger: Logger,
        makeConnector: @escaping RunResourceCache.ConnectorFactory
    ) -> (ScanWorker, RunResourceCache) {
        let cache = RunResourceCache(store: store, makeConnector: makeConnector, compileRules: { _ in rules })
        let executor = JobExecutor(
            store: store,
            resources: cache,
            hasher: ValueHasher(key: Array(repeating: 7, count: 32)),
            configuration: JobExecutor.Configuration(),
            worker: name,
            now: { Date() },
            logger: logger
        )
        // A short poll interval: the queue is never empty for long, and idle sleeps would
        // otherwise show up as lost throughput at the end of each phase.
        let configuration = ScanWorker.Configuration(worker: name, concurrency: concurrency, pollInterval: 0.01)
        return (ScanWorker(executor: executor, store: store, configuration: configuration, logger: logger), cache)
    }
}
