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
    private let lock: StoreLock?

    /// Opens the store at `path`, creating its folder.
    ///
    /// Commands that run a worker take the process lock (`exclusive`); read-only commands
    /// do not, so `runs list` works while a scan is running (SQLite WAL lets readers in).
    init(
        path: String,
        logger: Logger,
        exclusive: Bool = false,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        self.path = path
        self.lock = exclusive ? try StoreLock(storePath: path) : nil
        self.store = try SQLiteScanStore(path: path)
        self.hasher = ValueHasher(key: try HashKeyFile.load(storePath: path, environment: environment))
        self.logger = logger
    }

    /// A worker for this process; leases of earlier, dead processes are released first.
    /// - Important: Only for a store opened `exclusive`: the lock proves those processes are dead.
    func makeWorker(concurrency: Int, environment: [String: String]) async throws -> (ScanWorker, RunResourceCache) {
        precondition(lock != nil, "a worker needs the store opened exclusive")
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
