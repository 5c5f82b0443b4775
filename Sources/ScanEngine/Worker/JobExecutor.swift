public import Foundation
public import Logging
public import ScanCore
import ScanIngest

/// Performs one claimed job: the step's work, then the store transaction that commits it.
///
/// Every failure ends in a store call (retry, recorded outcome or dead job), so a job
/// never stays leased after `execute` returns unless the store itself is unreachable, in
/// which case its lease expires and another attempt runs. Source work happens inside
/// ``RunResourceCache/withConnector(for:_:)``, which closes a capped source's connector
/// before the store call ends the lease.
public struct JobExecutor: Sendable {
    /// What the executor needs besides the job.
    public struct Configuration: Sendable {
        /// Objects per enumeration page.
        public var pageSize: Int
        /// Back-off for transient failures.
        public var retry: RetryPolicy
        /// The post-scan policy.
        public var policy: OutcomePolicy
        /// Seconds a job's store call may take before the attempt gives up on it (see
        /// ``StoreDeadline``); keep it well above the slowest commit.
        public var storeCallTimeout: Double

        /// Creates a configuration.
        public init(
            pageSize: Int = 500,
            retry: RetryPolicy = RetryPolicy(),
            policy: OutcomePolicy = OutcomePolicy(),
            storeCallTimeout: Double = 120
        ) {
            self.pageSize = pageSize
            self.retry = retry
            self.policy = policy
            self.storeCallTimeout = storeCallTimeout
        }
    }

    let store: any JobStore
    let resources: RunResourceCache
    let hasher: ValueHasher
    let configuration: Configuration
    let worker: String
    let now: @Sendable () -> Date
    let logger: Logger

    /// Creates an executor.
    public init(
        store: any JobStore,
        resources: RunResourceCache,
        hasher: ValueHasher,
        configuration: Configuration,
        worker: String,
        now: @escaping @Sendable () -> Date,
        logger: Logger
    ) {
        self.store = store
        self.resources = resources
        self.hasher = hasher
        self.configuration = configuration
        self.worker = worker
        self.now = now
        self.logger = logger
    }

    /// Runs `job` to a committed state; returns how the attempt ended.
    @discardableResult
    public func execute(_ job: Job) async -> JobOutcome {
        do {
            try await perform(job)
            return .completed
        } catch let error as ScanError where error.code == .leaseLost {
            logger.debug("lease lost", metadata: [LogKey.jobID: "\(job.id)"])
            return .leaseLost
        } catch  where Task.isCancelled || error is CancellationError {
            // The worker is stopping: leave the lease to expire (or be released) so the job
            // runs again; recording a failure here would be false.
            logger.debug("job interrupted", metadata: [LogKey.jobID: "\(job.id)"])
            return .interrupted
        } catch {
            return await handleFailure(job, error: error)
        }
    }

    private func perform(_ job: Job) async throws {
        if job.attempts > job.maxAttempts {
            // Claimed again after its worker vanished on the last allowed attempt: a poison job.
            throw ScanError(.internalError, "gave up after \(job.maxAttempts) attempts whose worker stopped")
        }
        switch job.payload {
        case .enumerate(let cursor):
            try await resources.withRun(job.runID, tenant: job.tenantID) { run in
                try await enumerate(cursor, run: run, job: job)
            }
        case .scan(let object):
            let result = try await scan(object, job: job)
            try await commit("the scan") { try await $0.completeScan(job, worker: $1, result: result, at: $2) }
        case .finalize(let result):
            let policy = configuration.policy.actJob(for: result, run: job.runID, priority: job.priority + 1)
            try await commit("the finalize") { try await $0.completeFinalize(job, worker: $1, policy: policy, at: $2) }
        case .act(let input):
            let events = configuration.policy.events(for: input, job: job, at: now())
            try await commit("the act") { try await $0.completeAct(job, worker: $1, events: events, at: $2) }
        }
    }

    /// Lists one page of the scope and commits it; a definition with an external tool runs
    /// the tool instead.
    private func enumerate(_ cursor: String?, run: RunResources, job: Job) async throws {
        if let command = run.definition.toolCommand {
            try await runTool(command, run: run, job: job)
            return
        }
        let pageSize = configuration.pageSize
        var page = try await resources.withConnector(for: run) { connector in
            try await connector.enumerate(cursor: cursor, scope: run.scope, pageSize: pageSize)
        }
        let inScope = page.objects.filter(run.rules.includes)
        page.skipped += page.objects.count - inScope.count
        page.objects = inScope
        let listed = page
        try await commit("the enumeration") { try await $0.completeEnumeration(job, worker: $1, page: listed, at: $2) }
    }

    /// A definition with an external tool has no objects: the tool's report is the run.
    private func runTool(_ command: ToolCommand, run: RunResources, job: Job) async throws {
        let tool = ToolScan(
            command: command,
            source: run.source,
            destination: IngestDestination(tenantID: job.tenantID, definitionID: run.definition.id),
            reader: ReportReader(hasher: hasher)
        )
        let reports = try await tool.reports(at: now())
        try await commit("the tool run") { try await $0.completeToolRun(job, worker: $1, reports: reports, at: $2) }
    }

    private func scan(_ object: ObjectRef, job: Job) async throws -> ObjectResult {
        try await resources.withRun(job.runID, tenant: job.tenantID) { run in
            try await scan(object, run: run)
        }
    }

    private func scan(_ object: ObjectRef, run: RunResources) async throws -> ObjectResult {
        let scanner = ObjectScanner(rules: run.rules, hasher: hasher)
        if object.kind == .file, let size = object.size, size > run.rules.maxFileSize {
            return scanner.blocked(
                object,
                reason: "larger than max_file_size (\(size) > \(run.rules.maxFileSize) bytes)"
            )
        }
        let content = try await resources.withConnector(for: run) { try await $0.fetch(object) }
        return try scanner.scan(object, content: content)
    }

    private func handleFailure(_ job: Job, error: any Error) async -> JobOutcome {
        let decision = FailureDecision.decide(
            job: job,
            error: error,
            policy: configuration.retry,
            now: now(),
            unit: Double.random(in: 0..<1)
        )
        logger.info(
            "job failed",
            metadata: [LogKey.jobID: "\(job.id)", LogKey.jobKind: "\(job.kind.rawValue)", LogKey.error: "\(error)"]
        )
        do {
            try await commit(decision, job: job, error: error)
        } catch {
            logger.info(
                "could not record job failure",
                metadata: [LogKey.jobID: "\(job.id)", LogKey.error: "\(error)"]
            )
        }
        if case .retry = decision { return .retried }
        return .failed
    }

    private func commit(_ decision: FailureDecision, job: Job, error: any Error) async throws {
        switch decision {
        case .retry(let at):
            try await commit("the retry") {
                try await $0.failJob(job, worker: $1, error: "\(error)", retryAt: at, at: $2)
            }
        case .record(let outcome):
            guard case .scan(let object) = job.payload else { return }
            let result = ObjectResult(object: object, outcome: outcome)
            try await commit("the outcome") { try await $0.completeScan(job, worker: $1, result: result, at: $2) }
        case .giveUp:
            try await commit("the failure") {
                try await $0.failJob(job, worker: $1, error: "\(error)", retryAt: nil, at: $2)
            }
        }
    }

    /// Sends one store call of the job under the ``StoreDeadline``, with the worker's name
    /// and the time of the call.
    private func commit(
        _ what: String,
        _ call: @escaping @Sendable (any JobStore, String, Date) async throws -> Void
    ) async throws {
        let store = self.store
        let worker = self.worker
        let now = self.now
        try await StoreDeadline(seconds: configuration.storeCallTimeout).run(what) {
            try await call(store, worker, now())
        }
    }
}
