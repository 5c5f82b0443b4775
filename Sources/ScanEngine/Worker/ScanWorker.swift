import Foundation
public import Logging
public import ScanCore
public import ServiceLifecycle

/// Claims jobs from the store and executes them, several at a time, until shut down.
///
/// It keeps `concurrency` jobs in flight, extends the leases of the jobs it holds while
/// they run, and on graceful shutdown stops claiming and lets the jobs in flight finish.
///
/// ```swift
/// let worker = ScanWorker(executor: executor, store: store, configuration: .init(worker: "w1"), logger: logger)
/// let group = ServiceGroup(services: [worker], logger: logger)
/// try await group.run()
/// ```
public struct ScanWorker: Service {
    /// How the worker claims.
    public struct Configuration: Sendable {
        /// The lease owner name; unique per process.
        public var worker: String
        /// The job kinds it performs.
        public var kinds: Set<JobKind>
        /// Jobs in flight at once.
        public var concurrency: Int
        /// Lease length in seconds; leases are extended every third of it.
        public var leaseDuration: Double
        /// How long to sleep when the queue is empty, in seconds.
        public var pollInterval: Double

        /// Creates a configuration.
        public init(
            worker: String,
            kinds: Set<JobKind> = Set(JobKind.allCases),
            concurrency: Int = 4,
            leaseDuration: Double = 30,
            pollInterval: Double = 0.2
        ) {
            self.worker = worker
            self.kinds = kinds
            self.concurrency = concurrency
            self.leaseDuration = leaseDuration
            self.pollInterval = pollInterval
        }
    }

    private let executor: JobExecutor
    private let store: any ScanStore
    private let configuration: Configuration
    private let logger: Logger
    private let held = HeldJobs()

    /// Creates a worker.
    public init(executor: JobExecutor, store: any ScanStore, configuration: Configuration, logger: Logger) {
        self.executor = executor
        self.store = store
        self.configuration = configuration
        self.logger = logger
    }

    /// Runs until graceful shutdown or cancellation.
    public func run() async throws {
        try await run(until: { false })
    }

    /// Runs until `isFinished` returns `true` while the worker is idle, or until shutdown.
    /// - Important: `isFinished` is only asked when no job is in flight and none is ready.
    public func run(until isFinished: @escaping @Sendable () async throws -> Bool) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await self.heartbeat() }
            try await withGracefulShutdownHandler {
                try await self.claimLoop(until: isFinished)
            } onGracefulShutdown: {
                self.logger.info("worker draining", metadata: [LogKey.workerID: "\(self.configuration.worker)"])
            }
            group.cancelAll()
        }
    }

    private func claimLoop(until isFinished: @escaping @Sendable () async throws -> Bool) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            var inFlight = 0
            while !Task.isCancelled && !Task.isShuttingDownGracefully {
                let jobs = try await claim(limit: configuration.concurrency - inFlight)
                for job in jobs {
                    group.addTask { await self.executeHolding(job) }
                }
                inFlight += jobs.count
                if inFlight == configuration.concurrency || (jobs.isEmpty && inFlight > 0) {
                    _ = try await group.next()
                    inFlight -= 1
                } else if jobs.isEmpty {
                    if try await isFinished() { break }
                    try await Task.sleep(for: .seconds(configuration.pollInterval))
                }
            }
            try await group.waitForAll()
        }
    }

    /// Claims up to `limit` jobs; a transient store error (a busy database) counts as an
    /// empty claim, so the worker backs off and tries again instead of stopping.
    private func claim(limit: Int) async throws -> [Job] {
        do {
            return try await claimOnce(limit: limit)
        } catch let error as ScanError where error.isTransient {
            logger.info("claim failed, retrying", metadata: [LogKey.error: "\(error)"])
            return []
        }
    }

    private func claimOnce(limit: Int) async throws -> [Job] {
        guard limit > 0 else { return [] }
        let request = ClaimRequest(
            worker: configuration.worker,
            kinds: configuration.kinds,
            limit: limit,
            now: executor.now(),
            leaseDuration: configuration.leaseDuration
        )
        return try await store.claimJobs(request)
    }

    private func executeHolding(_ job: Job) async {
        held.insert(job.id)
        await executor.execute(job)
        held.remove(job.id)
    }

    /// Extends the leases of jobs in flight so a long scan is not taken over.
    private func heartbeat() async throws {
        let interval = configuration.leaseDuration / 3
        while !Task.isCancelled {
            try await Task.sleep(for: .seconds(interval))
            let ids = held.all
            guard !ids.isEmpty else { continue }
            let until = executor.now().addingTimeInterval(configuration.leaseDuration)
            do {
                _ = try await store.extendLeases(ids, worker: configuration.worker, until: until)
            } catch {
                logger.info("lease extension failed", metadata: [LogKey.error: "\(error)"])
            }
        }
    }
}
