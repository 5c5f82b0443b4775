import Foundation
import ScanCore
import ScanTestSupport
import Testing

/// Where a source's jobs are claimed: server workers never get the enumerations and scans
/// of an agent-placed source, and an agent gets only those it can run.
struct AgentPlacementStoreTests {
    private static let tenant = Tenant.defaultID

    /// An agent-placed source and a started run of a definition over it.
    private func agentRun(
        _ store: any ScanStore,
        name: String = "edge",
        kind: SourceKind = .sqlite,
        labels: [String] = ["dc-eu"],
        tool: ToolCommand? = nil
    ) async throws -> ScanRun {
        let source = DataSource(
            name: name,
            kind: kind,
            location: "/srv/\(name).db",
            createdAt: Fixtures.epoch,
            labels: labels,
            runsOn: .agent
        )
        try await store.save(source)
        var definition = ScanDefinition(
            tenantID: Self.tenant,
            name: name,
            sourceID: source.id,
            createdAt: Fixtures.epoch
        )
        definition.toolCommand = tool
        try await store.save(definition)
        return try await store.startRun(definitionID: definition.id, tenant: Self.tenant, at: Fixtures.epoch).run
    }

    private func agent(
        capabilities: [String] = ["sqlite"],
        labels: [String] = ["dc-eu"],
        tools: [String] = [],
        tenant: TenantID = Self.tenant
    ) -> AgentClaimScope {
        AgentClaimScope(tenantID: tenant, sourceKinds: capabilities, labels: labels, tools: tools)
    }

    private func claim(_ store: any ScanStore, _ scope: AgentClaimScope?, worker: String = "w") async throws -> [Job] {
        try await store.claimJobs(ClaimRequest(worker: worker, now: Fixtures.epoch, agent: scope))
    }

    @Test(arguments: StoreKind.available)
    func serverWorkersLeaveAgentJobsAndAgentsTakeOnlyThem(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let agentRun = try await agentRun(store)
        let serverDefinition = try await Fixtures.definition(in: store, name: "local")
        let serverRun = try await store.startRun(
            definitionID: serverDefinition.id,
            tenant: Self.tenant,
            at: Fixtures.epoch
        )

        let byServer = try await claim(store, nil)
        let byAgent = try await claim(store, agent(), worker: "agent:a")

        #expect(byServer.map(\.runID) == [serverRun.run.id])
        #expect(byAgent.map(\.runID) == [agentRun.id])
        #expect(byAgent.first?.leaseOwner == "agent:a")
    }

    @Test(arguments: StoreKind.available)
    func anAgentGetsOnlySourcesOfItsKindsLabelsAndTenant(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        _ = try await agentRun(store, labels: ["dc-eu", "pci"])

        #expect(try await claim(store, agent(capabilities: ["filesystem"], labels: ["dc-eu", "pci"])).isEmpty)
        #expect(try await claim(store, agent(labels: ["dc-eu"])).isEmpty)
        #expect(try await claim(store, agent(labels: ["dc-eu", "pci"], tenant: TenantID("other"))).isEmpty)
        #expect(try await claim(store, agent(labels: ["dc-eu", "pci", "extra"])).count == 1)
    }

    @Test(arguments: StoreKind.available)
    func aToolEnumerationGoesOnlyToAnAgentWithTheTool(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let tool = ToolCommand(arguments: ["/opt/tools/bandit", "-r", "{target}"], format: .sarif)
        _ = try await agentRun(store, kind: .filesystem, tool: tool)

        #expect(try await claim(store, agent(capabilities: ["filesystem"], tools: ["semgrep"])).isEmpty)
        #expect(try await claim(store, agent(capabilities: ["filesystem"], tools: ["semgrep", "bandit"])).count == 1)
    }

    @Test(arguments: StoreKind.available)
    func finalizingAnAgentScanStaysOnTheServer(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        _ = try await agentRun(store)
        let enumerate = try #require(try await claim(store, agent(), worker: "agent:a").first)
        try await store.completeEnumeration(
            enumerate,
            worker: "agent:a",
            page: EnumerationPage(objects: [Fixtures.object("t/users")], nextCursor: nil),
            at: Fixtures.epoch
        )
        #expect(try await claim(store, nil).isEmpty)
        let scan = try #require(try await claim(store, agent(), worker: "agent:a").first)
        let result = ObjectResult(object: Fixtures.object("t/users"), outcome: .clean)
        try await store.completeScan(scan, worker: "agent:a", result: result, at: Fixtures.epoch)

        #expect(try await claim(store, agent(), worker: "agent:a").isEmpty)
        #expect(try await claim(store, nil).map(\.kind) == [.finalize])
    }

    @Test(arguments: StoreKind.available)
    func agentJobsReadyTooLongAreFoundByTheirAge(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        _ = try await agentRun(store)
        let young = ClaimRequest(
            worker: "expiry",
            now: Fixtures.epoch + 100,
            agent: .anyAgent,
            readyBefore: Fixtures.epoch - 1
        )
        #expect(try await store.claimJobs(young).isEmpty)

        var old = young
        old.readyBefore = Fixtures.epoch + 1
        #expect(try await store.claimJobs(old).count == 1)
    }
}
