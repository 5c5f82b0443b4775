import Foundation
import Logging
import ScanCore
import ScanEngine
import ScanTestSupport
import Testing

/// Jobs of an agent-placed source that no agent takes in time fail with an error that says
/// what an agent needs to take them.
struct AgentJobExpiryTests {
    private func agentRun(_ store: any ScanStore) async throws -> ScanRun {
        let source = DataSource(
            name: "billing",
            kind: .sqlite,
            location: "/srv/billing.db",
            createdAt: Fixtures.epoch,
            labels: ["dc-eu"],
            runsOn: .agent
        )
        try await store.save(source)
        let definition = ScanDefinition(
            tenantID: Tenant.defaultID,
            name: "billing",
            sourceID: source.id,
            createdAt: Fixtures.epoch
        )
        try await store.save(definition)
        return try await store.startRun(definitionID: definition.id, tenant: Tenant.defaultID, at: Fixtures.epoch).run
    }

    private func expiry(_ store: any ScanStore) -> AgentJobExpiry {
        AgentJobExpiry(
            store: store,
            configuration: .init(timeToLive: 600),
            logger: Logger(label: "test"),
            now: { Fixtures.epoch }
        )
    }

    @Test(arguments: StoreKind.available)
    func anEnumerationNoAgentTookFailsItsRunSayingWhatIsNeeded(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let run = try await agentRun(store)

        #expect(try await expiry(store).expire(at: Fixtures.epoch + 599) == 0)
        #expect(try await expiry(store).expire(at: Fixtures.epoch + 601) == 1)

        let failed = try #require(try await store.run(run.id, tenant: Tenant.defaultID))
        #expect(failed.status == .failed)
        let error = try #require(failed.error)
        #expect(error.contains("no agent took this job within 600 s"))
        #expect(error.contains("'billing'") && error.contains("'sqlite'") && error.contains("dc-eu"))
    }

    @Test(arguments: StoreKind.available)
    func aServerPlacedJobNeverExpires(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let definition = try await Fixtures.definition(in: store)
        let run = try await store.startRun(definitionID: definition.id, tenant: Tenant.defaultID, at: Fixtures.epoch)

        #expect(try await expiry(store).expire(at: Fixtures.epoch + 86_400) == 0)
        #expect(try await store.run(run.run.id, tenant: Tenant.defaultID)?.status == .pending)
    }
}
