import Foundation
import Hummingbird
import ScanCore

/// The results of agents' jobs: `POST agent/jobs/{id}/enumeration`, `/scan`, `/tool-run`,
/// `/fail` and `/abandon`, each answering 204.
///
/// The server never trusts the agent's copy of a job: it completes the job as the queue holds
/// it, only while the calling agent holds its lease (409 otherwise), and only with a result
/// of the job's kind and object (422 otherwise).
extension AgentJobRoutes {
    /// The longest failure message kept; an agent's error text is not a place for bulk data.
    static let maxErrorLength = 4096

    func registerCompletions(on group: RouterGroup<APIContext>) {
        group.post("agent/jobs/{id}/enumeration") { request, context in try await enumeration(request, context) }
        group.post("agent/jobs/{id}/scan") { request, context in try await scan(request, context) }
        group.post("agent/jobs/{id}/tool-run") { request, context in try await toolRun(request, context) }
        group.post("agent/jobs/{id}/fail") { request, context in try await fail(request, context) }
        group.post("agent/jobs/{id}/abandon") { _, context in try await abandon(context) }
    }

    private func enumeration(_ request: Request, _ context: APIContext) async throws -> Response {
        let principal = try context.require(.agent)
        let body = try await AgentWireBody.decode(AgentWire.Enumeration.self, from: request)
        let held = try await heldJob(principal, context, kind: .enumerate)
        return try await finish(held) { job, worker, now in
            try await environment.store.completeEnumeration(job, worker: worker, page: body.page, at: now)
        }
    }

    private func scan(_ request: Request, _ context: APIContext) async throws -> Response {
        let principal = try context.require(.agent)
        let body = try await AgentWireBody.decode(AgentWire.Scan.self, from: request)
        let held = try await heldJob(principal, context, kind: .scan)
        guard case .scan(let object) = held.job.payload, object.path == body.result.object.path else {
            throw APIProblem.invalid(
                "result.object.path",
                "the result is not for the object job \(held.job.id) scans"
            )
        }
        return try await finish(held) { job, worker, now in
            try await environment.store.completeScan(job, worker: worker, result: body.result, at: now)
        }
    }

    /// The reports are bound to the job's tenant and run's definition whatever scope they name.
    private func toolRun(_ request: Request, _ context: APIContext) async throws -> Response {
        let principal = try context.require(.agent)
        let body = try await AgentWireBody.decode(AgentWire.ToolRun.self, from: request)
        let held = try await heldJob(principal, context, kind: .enumerate)
        let definition = try await toolDefinition(of: held.job)
        for (index, report) in body.reports.enumerated() where report.scope.tool.isEmpty {
            throw APIProblem.invalid("reports[\(index)].scope.tool", "every report must name its tool")
        }
        return try await finish(held) { job, worker, now in
            let reports = body.reports.map { report in
                var bound = report
                bound.scope = IngestScope(tenantID: job.tenantID, definitionID: definition.id, tool: report.scope.tool)
                bound.at = now
                return bound
            }
            try await environment.store.completeToolRun(job, worker: worker, reports: reports, at: now)
        }
    }

    /// A retry is honoured only while the job has attempts left, as on the server's workers.
    private func fail(_ request: Request, _ context: APIContext) async throws -> Response {
        let principal = try context.require(.agent)
        let body = try await AgentWireBody.decode(AgentWire.Failure.self, from: request)
        if let delay = body.retryAfterSeconds, !delay.isFinite || delay < 0 {
            throw APIProblem.invalid("retryAfterSeconds", "field 'retryAfterSeconds' must be 0 or more, or absent")
        }
        let held = try await heldJob(principal, context, kind: nil)
        let error = String(body.error.prefix(Self.maxErrorLength))
        return try await finish(held) { job, worker, now in
            let retryAt = job.attempts < job.maxAttempts ? body.retryAfterSeconds.map { now + $0 } : nil
            try await environment.store.failJob(job, worker: worker, error: error, retryAt: retryAt, at: now)
        }
    }

    private func abandon(_ context: APIContext) async throws -> Response {
        let held = try await heldJob(try context.require(.agent), context, kind: nil)
        return try await finish(held) { job, worker, now in
            try await environment.store.abandonJob(job, worker: worker, at: now)
        }
    }

    /// A job as the queue holds it, with the agent that holds it.
    struct HeldJob {
        var agent: AgentRecord
        var job: Job
    }

    /// The job `{id}` when the calling agent holds its lease and it is of `kind` (any when `nil`).
    /// - Throws: 404 for an unregistered agent, 409 when the agent does not hold the job,
    ///   422 for a job of another kind.
    private func heldJob(_ principal: Principal, _ context: APIContext, kind: JobKind?) async throws -> HeldJob {
        let agent = try await agent(of: principal)
        let text = try context.parameters.require("id")
        guard let id = Int64(text) else { throw APIProblem.notFound("job \(text)") }
        guard let job = try await environment.store.job(id, tenant: agent.tenantID), job.state == .leased,
            job.leaseOwner == agent.workerName
        else { throw Self.leaseLost(id) }
        if let kind, job.kind != kind {
            throw APIProblem(
                status: .unprocessableContent,
                title: "Invalid Input",
                detail: "job \(id) is a \(job.kind.rawValue) job, not a \(kind.rawValue) job"
            )
        }
        return HeldJob(agent: agent, job: job)
    }

    /// The definition of the job's run, which must run an external tool.
    private func toolDefinition(of job: Job) async throws -> ScanDefinition {
        guard let definition = try await environment.store.runContext(job.runID, tenant: job.tenantID)?.definition,
            definition.toolCommand != nil
        else {
            throw APIProblem(
                status: .unprocessableContent,
                title: "Invalid Input",
                detail: "job \(job.id) runs no external tool; send its enumeration instead"
            )
        }
        return definition
    }

    /// Runs `complete` with the stored job, the agent's lease owner and the server's time;
    /// a lease lost meanwhile answers 409.
    private func finish(
        _ held: HeldJob,
        _ complete: (Job, String, Date) async throws -> Void
    ) async throws -> Response {
        do {
            try await complete(held.job, held.agent.workerName, environment.now())
        } catch let error as ScanError where error.code == .leaseLost {
            throw Self.leaseLost(held.job.id)
        }
        return JSONResponse.noContent()
    }

    static func leaseLost(_ id: Int64) -> APIProblem {
        APIProblem(status: .conflict, title: "Conflict", detail: "job \(id) is no longer held by this agent")
    }
}
