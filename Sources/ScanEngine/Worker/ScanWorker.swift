import Foundation
public import Logging
public import ScanCore
public import ServiceLifecycle

/// Claims jobs from the store and executes them, several at a time, until shut down.
///
/// It registers in the store's worker registry, keeps `concurrency` jobs in flight,
/// heartbeats (extending the leases of the jobs it holds while they run), and on graceful
/// shutdown stops claiming, lets the jobs in flight finish and deregisters. With a store
/// that pushes ``QueueSignal``s it wakes on new jobs and stops the jobs of a cancelled
/// run at once; otherwise it polls, and notices cancellations at its heartbeat.
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
        /// Only jobs of these sources (names or ids); empty for every source.
        public var sources: Set<String>
        /// Only jobs of sources carrying one of these labels; empty for any.
        public var labels: Set<String>
        /// The longest a freed slot waits for others before the worker claims for it
        /// alone, in seconds (see ``ClaimPacing``).
        public var claimBatchDelay: Double

        /// Creates a configuration.
        public init(
            worker: String,
            kinds: Set<JobKind> = Set(JobKind.allCases),
            concurrency: Int = 4,
            leaseDuration: Double = 30,
            pollInterval: Double = 0.2,
            sources: Set<String> = [],
            labels: Set<String> = [],
            claimBatchDelay: Double = 0.01
        ) {
            self.worker = worker
            self.kinds = kinds
            self.concurrency = concurrency
            self.leaseDuration = leaseDuration
            self.pollInterval = pollInterval
            self.sources = sources
            self.labels = labels
            self.claimBatchDelay = claimBatchDelay
        }
    }

    let executor: JobExecutor
    let store: any JobStore
    let configuration: Configuration
    let logger: Logger
    let metrics: WorkerMetrics
    let held = HeldJobs()
    let wake = WakeSignal()

    /// Creates a worker.
    /// - Parameter metrics: where the worker's metrics go; by default the bootstrapped
    ///   metrics system, under the worker's name.
    public init(
        executor: JobExecutor,
        store: any JobStore,
        configuration: Configuration,
        logger: Logger,
        metrics: WorkerMetrics? = nil
    ) {
        self.executor = executor
        self.store = store
        self.configuration = configuration
        self.logger = logger
        self.metrics = metrics ?? WorkerMetrics(worker: configuration.worker)
    }

    /// Runs until graceful shutdown or cancellation.
    public func run() async throws {
        try await run(until: { false })
    }

    /// Runs until `isFinished` returns `true` while the worker is idle, or until shutdown.
    /// - Important: `isFinished` is only asked when no job is in flight and none is ready.
    public func run(until isFinished: @escaping @Sendable () async throws -> Bool) async throws {
        let record = record()
        try await store.registerWorker(record)
        metrics.heartbeat(at: record.startedAt)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await self.heartbeat() }
            if let signals = store as? any QueueSignalSource {
                group.addTask { await self.listen(to: signals) }
            }
            try await withGracefulShutdownHandler {
                try await self.claimLoop(until: isFinished)
            } onGracefulShutdown: {
                self.logger.info("worker draining", metadata: [LogKey.workerID: "\(self.configuration.worker)"])
            }
            group.cancelAll()
        }
        do {
            try await store.deregisterWorker(configuration.worker, at: executor.now())
        } catch {
            logger.info("could not deregister", metadata: [LogKey.error: "\(error)"])
        }
    }

    /// What the claim loop waits for.
    private enum LoopEvent: Sendable {
        case jobFinished
        case claimDue
    }

    private func claimLoop(until isFinished: @escaping @Sendable () async throws -> Bool) async throws {
        try await withThrowingTaskGroup(of: LoopEvent.self) { group in
            var pacing = ClaimPacing(
                concurrency: configuration.concurrency,
                delay: .seconds(configuration.claimBatchDelay)
            )
            var timerArmed = false
            while !Task.isCancelled && !Task.isShuttingDownGracefully {
                if pacing.shouldClaim(at: .now) {
                    let jobs = try await claim(limit: pacing.free)
                    for job in jobs {
                        group.addTask {
                            await self.executeHolding(job)
                            return .jobFinished
                        }
                    }
                    pacing.claimed(jobs.count)
                    if !jobs.isEmpty { continue }
                    if pacing.inFlight == 0 {
                        if try await isFinished() { break }
                        await wake.wait(timeout: configuration.pollInterval)
                        try Task.checkCancellation()
                        continue
                    }
                }
                if let due = pacing.claimDue, !timerArmed {
                    timerArmed = true
                    group.addTask {
                        try? await Task.sleep(until: due, clock: .continuous)
                        return .claimDue
                    }
                }
                switch try await group.next() {
                case .jobFinished: pacing.finished(at: .now)
                case .claimDue: timerArmed = false
                case nil: break
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
            leaseDuration: configuration.leaseDuration,
            sources: configuration.sources,
            labels: configuration.labels
        )
        let start = ContinuousClock.now
        // A job this worker still holds comes back when its lease expired meanwhile (a
        // heartbeat starved on a loaded machine), or when its attempt committed a retry that
        // was ready at once and has not let go yet. The running attempt keeps it: a second
        // one would replace the first in `held`, leaving it unextended and deaf to a cancel.
        // The attempt hands the new lease on when it ends (``executeHolding(_:)``).
        let jobs = try await store.claimJobs(request).filter { !held.reclaim($0) }
        metrics.claimed(jobs, duration: .now - start)
        return jobs
    }
}
