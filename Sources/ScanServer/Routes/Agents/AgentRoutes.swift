import Foundation
import Hummingbird
import ScanCore

/// `/api/v1/agent/…` for agents themselves (register, heartbeat) and `/api/v1/agents` for
/// people: the registry with health and load, disabling and revoking.
///
/// An agent connects with an `agent` token, and the token is the agent: registering again
/// with it (after a restart) updates the same agent.
struct AgentRoutes: APIRoutes {
    let environment: ServerEnvironment

    func register(on group: RouterGroup<APIContext>) {
        group.post("agent/register") { request, context in try await registerAgent(request, context) }
        group.post("agent/heartbeat") { request, context in try await heartbeat(request, context) }
        group.get("agents") { _, context in try await list(context) }
        group.get("agents/{id}") { _, context in
            _ = try context.require(.read)
            return try JSONResponse.make(AgentView(agent: try await load(context), now: environment.now()))
        }
        group.post("agents/{id}/disable") { _, context in try await setStatus(context, .disabled) }
        group.post("agents/{id}/enable") { _, context in try await setStatus(context, .active) }
        group.post("agents/{id}/revoke") { _, context in try await revoke(context) }
    }

    private func registerAgent(_ request: Request, _ context: APIContext) async throws -> Response {
        let principal = try context.require(.agent)
        let input = try await BodyDecoder.decode(AgentRegisterInput.self, from: request)
        let now = environment.now()
        let agent = try await environment.store.registerAgent(try input.registration(of: principal, at: now))
        try await environment.audit(context, principal, action: "agent.registered", target: agent.id.rawValue)
        return try JSONResponse.make(AgentView(agent: agent, now: now))
    }

    /// 404 until the agent registered; a disabled agent is told so and takes no work.
    private func heartbeat(_ request: Request, _ context: APIContext) async throws -> Response {
        let principal = try context.require(.agent)
        let input = try await BodyDecoder.decode(AgentHeartbeatInput.self, from: request)
        let now = environment.now()
        guard
            let agent = try await environment.store.agentHeartbeat(
                token: principal.tokenID,
                activeJobs: input.activeJobs,
                at: now
            )
        else { throw APIProblem.notFound("agent of this token (register it first)") }
        return try JSONResponse.make(AgentView(agent: agent, now: now))
    }

    private func list(_ context: APIContext) async throws -> Response {
        let principal = try context.require(.read)
        let now = environment.now()
        let agents = try await environment.store.agents(tenant: principal.tenantID)
        return try JSONResponse.make(Page(items: agents.map { AgentView(agent: $0, now: now) }, nextCursor: nil))
    }

    private func setStatus(_ context: APIContext, _ status: AgentStatus) async throws -> Response {
        let principal = try context.require(.administer)
        let agent = try await load(context)
        guard agent.status != .revoked else {
            throw APIProblem(status: .conflict, title: "Conflict", detail: "agent '\(agent.name)' is revoked")
        }
        let updated = try await environment.store.setAgentStatus(agent.id, tenant: principal.tenantID, status: status)
        let action = status == .active ? "agent.enabled" : "agent.disabled"
        try await environment.audit(context, principal, action: action, target: agent.id.rawValue)
        return try JSONResponse.make(AgentView(agent: updated, now: environment.now()))
    }

    /// Revokes the agent's token too, so it can no longer connect at all.
    private func revoke(_ context: APIContext) async throws -> Response {
        let principal = try context.require(.administer)
        let agent = try await load(context)
        let now = environment.now()
        if agent.status != .revoked {
            _ = try await environment.store.revokeToken(agent.tokenID, tenant: principal.tenantID, at: now)
        }
        let updated = try await environment.store.setAgentStatus(agent.id, tenant: principal.tenantID, status: .revoked)
        try await environment.audit(context, principal, action: "agent.revoked", target: agent.id.rawValue)
        return try JSONResponse.make(AgentView(agent: updated, now: now))
    }

    private func load(_ context: APIContext) async throws -> AgentRecord {
        let tenant = try context.require(.read).tenantID
        let id = Identifier<AgentRecord>(try context.parameters.require("id"))
        guard let agent = try await environment.store.agent(id, tenant: tenant) else {
            throw APIProblem.notFound("agent \(id)")
        }
        return agent
    }
}
