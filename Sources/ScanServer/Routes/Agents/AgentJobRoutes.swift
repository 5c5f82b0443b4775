import Foundation
import Hummingbird
import ScanCore

/// `/api/v1/agent/jobs/…` and `/api/v1/agent/runs/{id}`: agents running the enumerations and
/// scans of sources placed on them (`runs_on: agent`).
///
/// An agent claims jobs with a long poll, reads the run a job belongs to, keeps its leases by
/// extending them, and sends each job's result; finalizing and policy stay on the server's
/// workers. Bodies are ``AgentWire`` values (``AgentWireBody``). An agent that stops extending
/// loses its jobs when their leases lapse, and another agent claims them.
struct AgentJobRoutes: APIRoutes {
    /// How long an agent's lease lasts; it extends its leases every third of it.
    static let leaseSeconds: Double = 30
    /// The longest a claim waits for a job.
    static let maxWaitSeconds: Double = 20
    /// How often a waiting claim looks again.
    static let pollInterval: Duration = .milliseconds(250)
    /// The most leases one extend may name (far above any agent's `max_jobs`).
    static let maxLeases = 4096

    let environment: ServerEnvironment

    func register(on group: RouterGroup<APIContext>) {
        group.post("agent/jobs/claim") { request, context in try await claim(request, context) }
        group.post("agent/jobs/extend") { request, context in try await extend(request, context) }
        group.get("agent/runs/{id}") { _, context in try await runContext(context) }
        registerCompletions(on: group)
    }

    /// Records a heartbeat, then leases what the agent may take now; a disabled agent is told
    /// its status and given nothing.
    private func claim(_ request: Request, _ context: APIContext) async throws -> Response {
        let principal = try context.require(.agent)
        let claim = try await AgentWireBody.decode(AgentWire.Claim.self, from: request)
        guard claim.protocolVersion == AgentWire.version else {
            throw APIProblem.badRequest(
                "this server speaks agent protocol \(AgentWire.version), not \(claim.protocolVersion); "
                    + "run the agent from the same scanlogic version as the server",
                field: "protocolVersion"
            )
        }
        guard claim.activeJobs >= 0 else {
            throw APIProblem.invalid("activeJobs", "field 'activeJobs' must not be negative")
        }
        let agent = try await heartbeat(principal, activeJobs: claim.activeJobs)
        let limit = min(claim.limit, agent.maxJobs - claim.activeJobs)
        var jobs: [Job] = []
        if agent.status == .active, limit > 0 {
            jobs = try await waitForJobs(agent, limit: limit, waitSeconds: claim.waitSeconds)
        }
        return try AgentWireBody.response(
            AgentWire.Claimed(jobs: jobs, leaseSeconds: Self.leaseSeconds, status: agent.status)
        )
    }

    /// Claims up to `limit` jobs the agent can run, asking again every ``pollInterval`` until
    /// some are ready or `waitSeconds` (at most ``maxWaitSeconds``) passed.
    private func waitForJobs(_ agent: AgentRecord, limit: Int, waitSeconds: Double) async throws -> [Job] {
        let clock = ContinuousClock()
        let wait = waitSeconds.isFinite ? min(max(waitSeconds, 0), Self.maxWaitSeconds) : 0
        let deadline = clock.now + .milliseconds(Int64(wait * 1000))
        while true {
            let request = ClaimRequest(
                worker: agent.workerName,
                kinds: [.enumerate, .scan],
                limit: limit,
                now: environment.now(),
                leaseDuration: Self.leaseSeconds,
                agent: AgentClaimScope(agent: agent)
            )
            let jobs = try await environment.store.claimJobs(request)
            // A draining server answers at once rather than hold its shutdown for the wait.
            if !jobs.isEmpty || clock.now >= deadline || !environment.isReady() { return jobs }
            do {
                try await clock.sleep(until: min(clock.now + Self.pollInterval, deadline))
            } catch is CancellationError {
                return []  // The request was cut short; nothing was leased.
            }
        }
    }

    /// Extends the leases the agent still holds and answers with those; a disabled agent may
    /// still finish the jobs it has.
    private func extend(_ request: Request, _ context: APIContext) async throws -> Response {
        let principal = try context.require(.agent)
        let leases = try await AgentWireBody.decode(AgentWire.Leases.self, from: request)
        guard leases.jobIDs.count <= Self.maxLeases else {
            throw APIProblem.invalid("jobIDs", "field 'jobIDs' may hold at most \(Self.maxLeases) ids")
        }
        let agent = try await heartbeat(principal, activeJobs: leases.jobIDs.count)
        guard !leases.jobIDs.isEmpty else { return try AgentWireBody.response(leases) }
        let held = try await environment.store.extendLeases(
            leases.jobIDs,
            worker: agent.workerName,
            until: environment.now() + Self.leaseSeconds
        )
        return try AgentWireBody.response(AgentWire.Leases(jobIDs: leases.jobIDs.filter(held.contains)))
    }

    /// The run `{id}` with its definition and source, only when the source runs on agents.
    private func runContext(_ context: APIContext) async throws -> Response {
        let agent = try await agent(of: try context.require(.agent))
        let id = Identifier<ScanRun>(try context.parameters.require("id"))
        guard let context = try await environment.store.runContext(id, tenant: agent.tenantID),
            context.source.runsOn == .agent
        else { throw APIProblem.notFound("run \(id) of a source placed on agents") }
        return try AgentWireBody.response(context)
    }

    /// The calling agent after recording its heartbeat.
    /// - Throws: 404 until the agent registered.
    private func heartbeat(_ principal: Principal, activeJobs: Int) async throws -> AgentRecord {
        let now = environment.now()
        guard
            let agent = try await environment.store.agentHeartbeat(
                token: principal.tokenID,
                activeJobs: activeJobs,
                at: now
            )
        else { throw Self.unregistered }
        return agent
    }

    /// The agent that registered with `principal`'s token.
    /// - Throws: 404 until the agent registered.
    func agent(of principal: Principal) async throws -> AgentRecord {
        guard let agent = try await environment.store.agent(token: principal.tokenID) else { throw Self.unregistered }
        return agent
    }

    static let unregistered = APIProblem.notFound("agent of this token (register it first)")
}
