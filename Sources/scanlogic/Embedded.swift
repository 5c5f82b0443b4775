import Foundation
import Logging
import ScanConnectors
import ScanCore
import ScanEngine
import ScanStoreSQLite

/// The embedded store opened for this process, with everything a local worker needs.
struct Embedded {
    let path: String
    let store: SQLiteScanStore
    let hasher: ValueHasher
    let logger: Logger
    /// Rule sets compiled in this process.
    let rules = RuleProfileMemo()
    private let lock: StoreLock

    /// Opens the store at `path`, creating its folder, and takes the process lock.
    init(path: String, logger: Logger, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        self.path = path
        self.lock = try StoreLock(storePath: path)
        self.store = try SQLiteScanStore(path: path)
        self.hasher = ValueHasher(key: try HashKeyFile.load(storePath: path, environment: environment))
        self.logger = logger
    }

    /// A worker for this process; leases of earlier, dead processes are released first.
    func makeWorker(concurrency: Int, environment: [String: String]) async throws -> (ScanWorker, RunResourceCache) {
        let name = "local-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        _ = try await store.releaseLeases(exceptWorker: name)
        let logger = self.logger
        let rules = self.rules
        let cache = RunResourceCache(
            store: store,
            makeConnector: { source, sampling in
                try ConnectorFactory.make(for: source, sampling: sampling, environment: environment, logger: logger)
            },
            compileRules: { document in try rules.profile(for: document) }
        )
        let executor = JobExecutor(
            store: store,
            resources: cache,
            hasher: hasher,
            configuration: JobExecutor.Configuration(),
            worker: name,
            now: { Date() },
            logger: logger
        )
        let configuration = ScanWorker.Configuration(worker: name, concurrency: concurrency)
        return (ScanWorker(executor: executor, store: store, configuration: configuration, logger: logger), cache)
    }
}
