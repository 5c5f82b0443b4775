import Foundation
import HTTPTypes
import ScanCore
import ScanServer
import ScanStoreSQLite
import Testing

@Suite("Agents API")
struct AgentAPITests {
    private static var registration: [String: Any] {
        [
            "name": "edge-eu", "capabilities": ["filesystem", "sqlite"], "tools": ["bandit"], "labels": ["dc-eu"],
            "max_jobs": 3, "host": "edge-1:4242", "version": "0.1.0",
        ]
    }

    @Test func anAgentRegistersSendsHeartbeatsAndIsListedWithHealthAndLoad() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let early = try await client.send(.post, "/api/v1/agent/heartbeat", as: "agent", json: ["active_jobs": 0])
            let registered = try await client.send(
                .post,
                "/api/v1/agent/register",
                as: "agent",
                json: Self.registration
            )
            let beat = try await client.send(.post, "/api/v1/agent/heartbeat", as: "agent", json: ["active_jobs": 2])
            let listed = try await client.send(.get, "/api/v1/agents", as: "viewer")

            #expect(early.status == .notFound)
            #expect(registered.status == .ok && registered.string("health") == "unknown")
            #expect(registered.object["heartbeat_interval_seconds"] as? Double == 10)
            #expect(beat.string("health") == "online" && beat.string("status") == "active")
            let agent = try #require(listed.items.first)
            #expect(listed.items.count == 1 && agent["name"] as? String == "edge-eu")
            #expect(agent["capabilities"] as? [String] == ["filesystem", "sqlite"])
            #expect(agent["active_jobs"] as? Int == 2 && agent["free_slots"] as? Int == 1)
            #expect(agent["health"] as? String == "online")
        }
    }

    @Test func anAgentWithoutHeartbeatsGoesOffline() async throws {
        let api = try await APIHarness()
        let token = try #require(try await api.store.tokens(tenant: APIHarness.tenant).first { $0.role == .agent })
        _ = try await api.store.registerAgent(
            AgentRegistration(
                tenantID: APIHarness.tenant,
                tokenID: token.id,
                name: "quiet",
                capabilities: [],
                maxJobs: 1,
                at: Date()
            )
        )
        _ = try await api.store.agentHeartbeat(
            token: token.id,
            activeJobs: 0,
            at: Date() - AgentRecord.offlineAfter - 5
        )
        try await api.test { client async throws in
            let listed = try await client.send(.get, "/api/v1/agents", as: "viewer")

            #expect(listed.items.first?["health"] as? String == "offline")
        }
    }

    @Test func disablingRevokingAndRolesAreEnforced() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let registered = try await client.send(
                .post,
                "/api/v1/agent/register",
                as: "agent",
                json: Self.registration
            )
            let id = try #require(registered.string("id"))
            let byOperator = try await client.send(
                .post,
                "/api/v1/agent/register",
                as: "operator",
                json: Self.registration
            )
            let listByAgent = try await client.send(.get, "/api/v1/agents", as: "agent")
            let disableByOperator = try await client.send(.post, "/api/v1/agents/\(id)/disable", as: "operator")
            let disabled = try await client.send(.post, "/api/v1/agents/\(id)/disable")
            let told = try await client.send(.post, "/api/v1/agent/heartbeat", as: "agent", json: ["active_jobs": 0])
            let enabled = try await client.send(.post, "/api/v1/agents/\(id)/enable")
            let revoked = try await client.send(.post, "/api/v1/agents/\(id)/revoke")
            let afterRevoke = try await client.send(.post, "/api/v1/agent/heartbeat", as: "agent", json: [:])
            let reenable = try await client.send(.post, "/api/v1/agents/\(id)/enable")

            #expect(byOperator.status == .forbidden && listByAgent.status == .forbidden)
            #expect(disableByOperator.status == .forbidden)
            #expect(disabled.string("status") == "disabled" && told.string("status") == "disabled")
            #expect(enabled.string("status") == "active")
            #expect(revoked.string("status") == "revoked" && afterRevoke.status == .unauthorized)
            #expect(reenable.status == .conflict)
        }
        let actions = try await api.store.auditEvents(AuditQuery(tenantID: APIHarness.tenant)).map(\.action)
        #expect(actions.contains("agent.registered") && actions.contains("agent.revoked"))
    }

    @Test func badRegistrationsNameTheField() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            var unknownKind = Self.registration
            unknownKind["capabilities"] = ["filesystem", "mainframe"]
            var tooMany = Self.registration
            tooMany["max_jobs"] = 0
            let kind = try await client.send(.post, "/api/v1/agent/register", as: "agent", json: unknownKind)
            let jobs = try await client.send(.post, "/api/v1/agent/register", as: "agent", json: tooMany)

            #expect(kind.status == .unprocessableContent && kind.string("field") == "capabilities[1]")
            #expect(jobs.status == .unprocessableContent && jobs.string("field") == "max_jobs")
        }
        #expect(try await api.store.agents(tenant: APIHarness.tenant).isEmpty)
    }
}
