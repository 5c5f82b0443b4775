import Foundation
import ScanCore
import ScanTestSupport
import Testing

/// The agent registry: one agent per token, registration again on restart, heartbeats and
/// status changes.
struct AgentStoreTests {
    private func registration(
        _ name: String,
        token: Identifier<APIToken>,
        capabilities: [String] = ["filesystem"],
        at: Date = Fixtures.epoch
    ) -> AgentRegistration {
        AgentRegistration(
            tenantID: Tenant.defaultID,
            tokenID: token,
            name: name,
            capabilities: capabilities,
            tools: ["bandit"],
            labels: ["dc-eu"],
            maxJobs: 4,
            host: "edge-1:4242",
            version: "0.1.0",
            at: at
        )
    }

    @Test(arguments: StoreKind.available)
    func anAgentRegistersAgainWithItsTokenAndKeepsItsIdentity(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        let token = Identifier<APIToken>.random()
        let first = try await store.registerAgent(registration("edge", token: token))
        _ = try await store.setAgentStatus(first.id, tenant: Tenant.defaultID, status: .disabled)

        let again = try await store.registerAgent(
            registration("edge", token: token, capabilities: ["filesystem", "sqlite"], at: Fixtures.epoch + 60)
        )

        #expect(again.id == first.id && again.registeredAt == Fixtures.epoch)
        #expect(again.capabilities == ["filesystem", "sqlite"] && again.status == .disabled)
        #expect(again.tools == ["bandit"] && again.labels == ["dc-eu"] && again.maxJobs == 4)
        #expect(try await store.agents(tenant: Tenant.defaultID).map(\.id) == [first.id])
    }

    @Test(arguments: StoreKind.available)
    func aNameTakenByAnotherTokenIsADuplicate(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        _ = try await store.registerAgent(registration("edge", token: .random()))

        let error = await #expect(throws: ScanError.self) {
            _ = try await store.registerAgent(registration("edge", token: .random()))
        }

        #expect(error?.code == .duplicate)
    }

    @Test(arguments: StoreKind.available)
    func heartbeatsAndStatusChangesAreReadBack(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        let token = Identifier<APIToken>.random()
        let agent = try await store.registerAgent(registration("edge", token: token))
        let beat = Fixtures.epoch + 100

        let afterBeat = try await store.agentHeartbeat(token: token, activeJobs: 3, at: beat)
        let unknown = try await store.agentHeartbeat(token: .random(), activeJobs: 0, at: beat)
        let revoked = try await store.setAgentStatus(agent.id, tenant: Tenant.defaultID, status: .revoked)

        #expect(afterBeat?.lastHeartbeatAt == beat && afterBeat?.activeJobs == 3 && afterBeat?.freeSlots == 1)
        #expect(unknown == nil)
        #expect(revoked.status == .revoked)
        #expect(try await store.agent(agent.id, tenant: Tenant.defaultID)?.status == .revoked)
        #expect(try await store.agent(agent.id, tenant: TenantID("other")) == nil)
        await #expect(throws: ScanError.self) {
            _ = try await store.setAgentStatus(.random(), tenant: Tenant.defaultID, status: .active)
        }
    }
}
