public import Foundation
public import Logging
public import ScanCore
public import ServiceLifecycle

/// Gives up on agent-placed jobs that no agent took within their time to live.
///
/// A source placed on agents is reached only by agents, so a run with no suitable agent
/// online (none with the source's kind, labels or tool, or every one disabled) would wait
/// forever. This service fails such jobs with an error that says why: a dead enumeration
/// fails its run, a dead scan is recorded as the object's failure and the run goes on.
/// A job an agent took and then lost (it went offline) is not this service's concern: its
/// lease lapses and another agent claims it.
public struct AgentJobExpiry: Service {
    /// How long a job may wait and how often to look.
    public struct Configuration: Sendable {
        /// Seconds an agent-placed job may stay ready before it fails.
        public var timeToLive: Double
        /// Seconds between two passes.
        public var interval: Double
        /// The lease owner the expired jobs carry while they are failed.
        public var worker: String

        /// Creates a configuration.
        public init(timeToLive: Double = 600, interval: Double = 5, worker: String = "server:agent-expiry") {
            self.timeToLive = timeToLive
            self.interval = interval
            self.worker = worker
        }
    }

    let store: any JobStore
    let configuration: Configuration
    let logger: Logger
    let now: @Sendable () -> Date

    /// Creates the service.
    public init(
        store: any JobStore,
        configuration: Configuration = Configuration(),
        logger: Logger,
        now: @escaping @Sendable () -> Date
    ) {
        self.store = store
        self.configuration = configuration
        self.logger = logger
        self.now = now
    }

    /// Passes until shutdown.
    public func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                _ = try await expire(at: now())
            } catch is CancellationError {
                return
            } catch {
                logger.info("agent job expiry failed", metadata: [LogKey.error: "\(error)"])
            }
            let interval = configuration.interval
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: .seconds(interval)) }
        }
    }

    /// Fails the agent-placed jobs ready for longer than the time to live; returns how many.
    public func expire(at now: Date) async throws -> Int {
        let request = ClaimRequest(
            worker: configuration.worker,
            kinds: [.enumerate, .scan],
            limit: 100,
            now: now,
            leaseDuration: 60,
            agent: .anyAgent,
            readyBefore: now.addingTimeInterval(-configuration.timeToLive)
        )
        let jobs = try await store.claimJobs(request)
        for job in jobs {
            let error = await explanation(for: job)
            logger.info("agent job expired", metadata: [LogKey.jobID: "\(job.id)", LogKey.error: "\(error)"])
            try await store.failJob(job, worker: configuration.worker, error: error, retryAt: nil, at: now)
        }
        return jobs.count
    }

    /// What the run's error says: the source and what an agent needs to take it.
    private func explanation(for job: Job) async -> String {
        let seconds = Int(configuration.timeToLive)
        var needs = "its source runs on agents"
        if let context = try? await store.runContext(job.runID, tenant: job.tenantID) {
            let (definition, source) = (context.definition, context.source)
            needs =
                "source '\(source.name)' runs on agents, and none online took it: one needs capability "
                + "'\(source.kind.rawValue)'"
            if !source.labels.isEmpty { needs += ", labels \(source.labels.joined(separator: ","))" }
            if let tool = definition.toolCommand { needs += " and tool '\(tool.name)'" }
        }
        return "no agent took this job within \(seconds) s: \(needs) (see GET /api/v1/agents)"
    }
}
