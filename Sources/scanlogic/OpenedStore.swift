import CoreMetrics
import Foundation
import Logging
import ScanConnectors
import ScanCore
import ScanEngine
import ScanStorePostgres
import ScanStoreSQLite

/// The store this process opened, embedded SQLite or shared PostgreSQL, with everything
/// a local worker needs.
struct OpenedStore {
    /// Where the store is: a file path, or the PostgreSQL URL without password.
    let location: String
    let store: any ControlPlaneStore
    /// The key for hashing matched values; only workers need it, so read-only commands
    /// work without it.
    let hashKey: Result<[UInt8], any Error>
    let logger: Logger
    /// Whether other processes may work on the store at the same time (PostgreSQL).
    let isShared: Bool
    /// Rule sets compiled in this process.
    let rules = RuleProfileMemo()
    private let lock: StoreLock?

    /// Opens the store `options` names.
    ///
    /// On SQLite, commands that run a worker take the process lock (`exclusive`);
    /// read-only commands do not, so `runs list` works while a scan is running. On
    /// PostgreSQL many processes share the store, no lock is taken, the schema must be
    /// current (see `scanlogic migrate`) and the hash key must come from the environment,
    /// so that every worker fingerprints alike.
    static func open(
        _ options: StoreOptions,
        logger: Logger,
        exclusive: Bool = false,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) async throws -> OpenedStore {
        let location = options.location(environment: environment)
        guard PostgresStoreConfiguration.isPostgresURL(location) else {
            return try OpenedStore(path: location, logger: logger, exclusive: exclusive, environment: environment)
        }
        let configuration = try PostgresStoreConfiguration(url: location, environment: environment)
        let store = try await PostgresScanStore.open(configuration, logger: logger)
        try await store.requireCurrentSchema()
        return OpenedStore(
            location: configuration.description,
            store: store,
            hashKey: Result { try HashKeyFile.shared(environment: environment) },
            logger: logger,
            isShared: true,
            lock: nil
        )
    }

    private init(
        location: String,
        store: any ControlPlaneStore,
        hashKey: Result<[UInt8], any Error>,
        logger: Logger,
        isShared: Bool,
        lock: StoreLock?
    ) {
        self.location = location
        self.store = store
        self.hashKey = hashKey
        self.logger = logger
        self.isShared = isShared
        self.lock = lock
    }

    /// Opens the SQLite store at `path`, creating its folder.
    private init(path: String, logger: Logger, exclusive: Bool, environment: [String: String]) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        self.init(
            location: path,
            store: try SQLiteScanStore(path: path),
            hashKey: Result { try HashKeyFile.load(storePath: path, environment: environment) },
            logger: logger,
            isShared: false,
            lock: exclusive ? try StoreLock(storePath: path) : nil
        )
    }

    /// A worker for this process.
    ///
    /// On the embedded store the leases of earlier, dead processes are released first
    /// (the lock proves them dead); on a shared store they expire instead, because their
    /// holders may be alive on other machines.
    func makeWorker(
        _ settings: WorkerSettings,
        environment: [String: String],
        metricsFactory: (any MetricsFactory)? = nil
    ) async throws -> (ScanWorker, RunResourceCache) {
        precondition(isShared || lock != nil, "a worker on the embedded store needs it opened exclusive")
        let hasher = ValueHasher(key: try hashKey.get())
        let name = settings.name ?? WorkerSettings.defaultName()
        if !isShared {
            _ = try await store.releaseLeases(exceptWorker: name)
        }
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
            // A store call still waiting after four leases is taken as lost (ScanEngine.StoreDeadline).
            configuration: JobExecutor.Configuration(storeCallTimeout: max(10, settings.leaseDuration * 4)),
            worker: name,
            now: { Date() },
            logger: logger
        )
        let configuration = ScanWorker.Configuration(
            worker: name,
            kinds: settings.kinds,
            concurrency: settings.concurrency,
            leaseDuration: settings.leaseDuration,
            sources: settings.sources,
            labels: settings.labels
        )
        let metrics = metricsFactory.map { WorkerMetrics(worker: name, factory: $0) }
        let worker = ScanWorker(
            executor: executor,
            store: store,
            configuration: configuration,
            logger: logger,
            metrics: metrics
        )
        return (worker, cache)
    }

    /// Hands back the leases this process holds when it stops: all of them on the
    /// embedded store (the lock proves nobody else holds any), only `worker`'s on a shared one.
    func handBackLeases(worker: String) async throws -> Int {
        isShared
            ? try await store.releaseLeases(heldBy: worker)
            : try await store.releaseLeases(exceptWorker: "")
    }
}

/// How a worker of this process claims and runs jobs.
struct WorkerSettings {
    /// The lease owner name; `nil` picks `host-pid-random`.
    var name: String?
    var concurrency: Int
    var kinds: Set<JobKind> = Set(JobKind.allCases)
    var leaseDuration: Double = 30
    var sources: Set<String> = []
    var labels: Set<String> = []

    /// A name unique across machines and restarts.
    static func defaultName() -> String {
        let host = ProcessInfo.processInfo.hostName.split(separator: ".").first.map(String.init) ?? "host"
        return "\(host)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8).lowercased())"
    }
}
