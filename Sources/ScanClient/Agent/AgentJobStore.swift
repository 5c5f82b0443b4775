public import Foundation
public import ScanCore
import Synchronization

/// The part of the store a worker needs, over the agent job API: what lets a `ScanWorker`
/// run inside a source's network as an agent.
///
/// The agent never sees the store. It claims enumerations and scans of sources placed on
/// agents, reads a run's context (run, definition and source) from the server, and sends
/// each result back; the server checks that the agent still holds the job. Errors become
/// ``ScanCore/ScanError``s the worker understands (see ``scanError(_:)``): a lost lease is
/// `.leaseLost`, and an unreachable or failing server is transient, so the worker retries
/// instead of stopping.
///
/// ```swift
/// let store = AgentJobStore(client: client, configuration: .init(name: "dc1-agent"))
/// let worker = ScanWorker(executor: executor, store: store, configuration: workerConfiguration, logger: logger)
/// ```
public final class AgentJobStore: JobStore {
    // MARK: Member variables

    let client: APIClient
    /// The configuration.
    public let configuration: Configuration
    let onRegistered: @Sendable () -> Void
    /// Definitions and sources seen in run contexts: the agent cannot look them up alone.
    private let known = Mutex(Known())
    /// The jobs the agent runs, as last learnt from a claim or an extension; sent in heartbeats.
    let activeJobs = Mutex(0)

    private struct Known {
        var definitions: [Identifier<ScanDefinition>: ScanDefinition] = [:]
        var sources: [Identifier<DataSource>: DataSource] = [:]
    }

    // MARK: Initialization

    /// Creates a store over `client`, whose token is the agent's.
    /// - Parameter onRegistered: Called after each successful registration.
    public init(client: APIClient, configuration: Configuration, onRegistered: @escaping @Sendable () -> Void = {}) {
        self.client = client
        self.configuration = configuration
        self.onRegistered = onRegistered
    }

    // MARK: A run's setup

    /// Fetches the run's context every time, so the worker's heartbeat sees a cancellation;
    /// remembers its definition and source for the lookups that follow.
    public func run(_ id: Identifier<ScanRun>, tenant: TenantID) async throws -> ScanRun? {
        let context: AgentWire.RunContext
        do {
            context = try await fetch(AgentWire.RunContext.self, .get, APIClient.path("agent", "runs", id.rawValue))
        } catch let error as ScanError where error.code == .notFound {
            return nil
        }
        known.withLock {
            $0.definitions[context.definition.id] = context.definition
            $0.sources[context.source.id] = context.source
        }
        return context.run
    }

    /// The definition of a run fetched before.
    /// - Throws: `.notFound` when no run context held it: the API has no other way to it.
    public func definition(_ id: Identifier<ScanDefinition>, tenant: TenantID) async throws -> ScanDefinition? {
        guard let definition = known.withLock({ $0.definitions[id] }) else {
            throw ScanError(.notFound, "scan definition \(id) is not the definition of a run this agent fetched")
        }
        return definition
    }

    /// The source of a run fetched before.
    /// - Throws: `.notFound` when no run context held it.
    public func source(_ id: Identifier<DataSource>, tenant: TenantID) async throws -> DataSource? {
        guard let source = known.withLock({ $0.sources[id] }) else {
            throw ScanError(.notFound, "source \(id) is not the source of a run this agent fetched")
        }
        return source
    }

    // MARK: Queue

    /// Claims up to `request.limit` jobs. While the agent runs nothing the server may hold
    /// the request open until a job is ready; while jobs run it answers at once, because a
    /// waiting claim would keep the worker from claiming for the slots they free. A disabled
    /// agent gets nothing, after the same wait.
    public func claimJobs(_ request: ClaimRequest) async throws -> [Job] {
        let active = max(0, configuration.maxJobs - request.limit)
        let claim = AgentWire.Claim(
            limit: request.limit,
            waitSeconds: active == 0 ? configuration.idleWait : 0,
            activeJobs: active
        )
        let claimed = try await fetch(AgentWire.Claimed.self, "agent/jobs/claim", body: claim)
        activeJobs.withLock { $0 = active + claimed.jobs.count }
        if claimed.status != .active {
            // A disabled agent is answered at once with nothing: ask again only after the
            // wait the server would have held the claim for, not in a tight loop.
            try await Task.sleep(for: .seconds(configuration.idleWait))
        }
        return claimed.jobs
    }

    /// Extends the leases of `jobIDs`; the server sets the new expiry, so `until` is unused.
    public func extendLeases(_ jobIDs: [Int64], worker: String, until: Date) async throws -> Set<Int64> {
        let held = try await fetch(AgentWire.Leases.self, "agent/jobs/extend", body: AgentWire.Leases(jobIDs: jobIDs))
        activeJobs.withLock { $0 = jobIDs.count }
        return Set(held.jobIDs)
    }

    public func completeEnumeration(_ job: Job, worker: String, page: EnumerationPage, at: Date) async throws {
        try await complete(job, "enumeration", body: AgentWire.Enumeration(page: page))
    }

    public func completeToolRun(_ job: Job, worker: String, reports: [IngestBatch], at: Date) async throws {
        try await complete(job, "tool-run", body: AgentWire.ToolRun(reports: reports))
    }

    public func completeScan(_ job: Job, worker: String, result: ObjectResult, at: Date) async throws {
        try await complete(job, "scan", body: AgentWire.Scan(result: result))
    }

    /// - Throws: `.unsupported` always: finalize jobs run on the server's workers.
    public func completeFinalize(_ job: Job, worker: String, policy: NewJob?, at: Date) async throws {
        throw ScanError(.unsupported, "agents do not finalize; the server's workers do")
    }

    /// - Throws: `.unsupported` always: act jobs run on the server's workers.
    public func completeAct(_ job: Job, worker: String, events: [AuditEvent], at: Date) async throws {
        throw ScanError(.unsupported, "agents do not run policy; the server's workers do")
    }

    public func abandonJob(_ job: Job, worker: String, at: Date) async throws {
        try await send(.post, APIClient.path("agent", "jobs", String(job.id), "abandon"), json: nil)
    }

    /// Sends the retry time as a delay from `at`, so the agent's and the server's clocks
    /// need not agree.
    public func failJob(_ job: Job, worker: String, error: String, retryAt: Date?, at: Date) async throws {
        let delay = retryAt.map { max(0, $0.timeIntervalSince(at)) }
        try await complete(job, "fail", body: AgentWire.Failure(error: error, retryAfterSeconds: delay))
    }

    // MARK: Helpers

    /// `POST agent/jobs/{id}/{step}` with `body`, answered by 204.
    private func complete(_ job: Job, _ step: String, body: some Encodable) async throws {
        let json = try AgentWire.encoder().encode(body)
        try await send(.post, APIClient.path("agent", "jobs", String(job.id), step), json: json)
    }

    /// `POST path` with the wire `body`, its answer decoded with the wire decoder.
    private func fetch<T: Decodable>(_ type: T.Type, _ path: String, body: some Encodable) async throws -> T {
        try await fetch(type, .post, path, json: try AgentWire.encoder().encode(body))
    }

    /// `method path`, its answer decoded with the wire decoder.
    private func fetch<T: Decodable>(
        _ type: T.Type,
        _ method: APIMethod,
        _ path: String,
        json: Data? = nil
    ) async throws -> T {
        let answer = try await send(method, path, json: json)
        do {
            return try AgentWire.decoder().decode(type, from: answer.body)
        } catch {
            throw ScanError(.internalError, "the server's answer to \(path) could not be read", detail: "\(error)")
        }
    }
}
