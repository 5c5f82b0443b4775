import Foundation
import HTTPTypes
import ScanCore
import ScanServer
import ScanStoreSQLite
import ScanTestSupport
import Testing

@Suite("Agent jobs API")
struct AgentJobAPITests {
    typealias Fixture = AgentJobFixture

    @Test func anAgentRunsTheEnumerationAndScansAndTheServerFinalizes() async throws {
        // Given a run of a source placed on agents and a registered agent that can reach it
        let api = try await APIHarness()
        let run = try await Fixture.run(api.store)
        let byServer = try await api.store.claimJobs(ClaimRequest(worker: "server", now: Date()))
        #expect(byServer.isEmpty)
        try await api.test { client async throws in
            let agent = AgentSession(client: client, token: "agent")
            let owner = try await agent.register("edge-eu")
            // When it claims, reads the run, enumerates and scans over the API
            let claimed = try #require(try await agent.claim().claimed)
            let enumerate = try #require(claimed.jobs.first)
            #expect(claimed.jobs.count == 1 && claimed.leaseSeconds == 30 && claimed.status == .active)
            #expect(enumerate.kind == .enumerate && enumerate.leaseOwner == owner)
            let context = try await agent.context(run.id)
            let decoded = try AgentWire.decoder().decode(AgentWire.RunContext.self, from: context.body)
            #expect(decoded.run.id == run.id && decoded.source.runsOn == .agent)
            let listed = try await agent.complete(enumerate.id, "enumeration", Fixture.page(["t/users", "t/orders"]))
            #expect(listed.status == .noContent)
            let scans = try await agent.jobs()
            #expect(Set(scans.map(\.kind)) == [.scan] && scans.count == 2)
            #expect(try await agent.extend(scans.map(\.id)) == scans.map(\.id))
            for job in scans {
                guard case .scan(let object) = job.payload else { continue }
                #expect(try await agent.complete(job.id, "scan", Fixture.clean(object.path)).status == .noContent)
            }
        }
        // Then the server's workers finalize, and the run completes
        #expect(try await Fixture.finalize(api) == 2)
        let done = try #require(try await api.store.run(run.id, tenant: APIHarness.tenant))
        #expect(done.status == .completed && done.counters.scanned == 2)
    }

    @Test func onlyAnAgentWithTheSourcesKindAndEveryLabelGetsItsJobs() async throws {
        let api = try await APIHarness()
        _ = try await Fixture.run(api.store, labels: ["dc-eu", "pci"])
        let noKind = try await Fixture.token(api.store, "no-kind")
        let noLabel = try await Fixture.token(api.store, "no-label")
        try await api.test { client async throws in
            let wrongKind = AgentSession(client: client, token: noKind)
            try await wrongKind.register("files-only", capabilities: ["filesystem"], labels: ["dc-eu", "pci"])
            let missingLabel = AgentSession(client: client, token: noLabel)
            try await missingLabel.register("eu-only", labels: ["dc-eu"])
            let able = AgentSession(client: client, token: "agent")
            try await able.register("edge-eu", labels: ["dc-eu", "pci", "extra"])

            #expect(try await wrongKind.jobs().isEmpty)
            #expect(try await missingLabel.jobs().isEmpty)
            #expect(try await able.jobs().map(\.kind) == [.enumerate])
        }
    }

    @Test func aDisabledAgentGetsNoNewJobsButFinishesItsOwn() async throws {
        let api = try await APIHarness()
        _ = try await Fixture.run(api.store)
        try await api.test { client async throws in
            let agent = AgentSession(client: client, token: "agent")
            let owner = try await agent.register("edge-eu")
            let enumerate = try #require(try await agent.jobs().first)
            let id = String(owner.dropFirst("agent:".count))
            #expect(try await client.send(.post, "/api/v1/agents/\(id)/disable").status == .ok)

            #expect(try await agent.extend([enumerate.id]) == [enumerate.id])
            let listed = try await agent.complete(enumerate.id, "enumeration", Fixture.page(["t/users"]))
            #expect(listed.status == .noContent)
            let claimed = try #require(try await agent.claim().claimed)
            #expect(claimed.jobs.isEmpty && claimed.status == .disabled)
        }
        let scans = try await api.store.claimJobs(ClaimRequest(worker: "w", now: Date(), agent: .anyAgent))
        #expect(scans.map(\.kind) == [.scan])
    }

    @Test func aLapsedLeaseGoesToAnotherAgentAndTheFirstGetsConflicts() async throws {
        let api = try await APIHarness()
        _ = try await Fixture.run(api.store)
        let second = try await Fixture.token(api.store, "edge-2")
        try await api.test { client async throws in
            let first = AgentSession(client: client, token: "agent")
            let firstOwner = try await first.register("edge-1")
            let other = AgentSession(client: client, token: second)
            try await other.register("edge-2")
            let job = try #require(try await first.jobs().first)
            #expect(try await other.complete(job.id, "enumeration", Fixture.page([])).status == .conflict)
            #expect(try await other.jobs().isEmpty)
            // When the first agent goes quiet and its lease lapses
            _ = try await api.store.extendLeases([job.id], worker: firstOwner, until: Date() - 1)

            let taken = try await other.jobs()
            #expect(taken.map(\.id) == [job.id])
            #expect(try await first.extend([job.id]).isEmpty)
            let late = try await first.complete(job.id, "enumeration", Fixture.page(["t/users"]))
            #expect(
                late.status == .conflict && late.string("detail") == "job \(job.id) is no longer held by this agent"
            )
            #expect(try await first.complete(999_999, "abandon", Optional<AgentWire.Leases>.none).status == .conflict)
        }
    }

    @Test func aResultOfAnotherKindOrObjectIsRefused() async throws {
        let api = try await APIHarness()
        _ = try await Fixture.run(api.store)
        try await api.test { client async throws in
            let agent = AgentSession(client: client, token: "agent")
            try await agent.register("edge-eu")
            let enumerate = try #require(try await agent.jobs().first)
            let asScan = try await agent.complete(enumerate.id, "scan", Fixture.clean("t/users"))
            #expect(asScan.status == .unprocessableContent)
            let asTool = try await agent.complete(enumerate.id, "tool-run", AgentWire.ToolRun(reports: []))
            #expect(asTool.status == .unprocessableContent)
            _ = try await agent.complete(enumerate.id, "enumeration", Fixture.page(["t/users"]))
            let scan = try #require(try await agent.jobs().first)

            let other = try await agent.complete(scan.id, "scan", Fixture.clean("t/orders"))
            #expect(other.status == .unprocessableContent && other.string("field") == "result.object.path")
            let page = try await agent.complete(scan.id, "enumeration", Fixture.page([]))
            #expect(page.status == .unprocessableContent)
            let garbled = try await client.send(.post, "/api/v1/agent/jobs/\(scan.id)/scan", as: "agent", rawBody: "{")
            #expect(garbled.status == .badRequest)
            #expect(try await agent.complete(scan.id, "scan", Fixture.clean("t/users")).status == .noContent)
        }
    }

    @Test func theRunContextIsOnlyForSourcesPlacedOnAgents() async throws {
        let api = try await APIHarness()
        let local = try await Fixture.run(api.store, name: "local", runsOn: .server)
        try await api.test { client async throws in
            let agent = AgentSession(client: client, token: "agent")
            try await agent.register("edge-eu")

            #expect(try await agent.context(local.id).status == .notFound)
            #expect(try await agent.context(Identifier("nope")).status == .notFound)
        }
    }

    @Test func anotherProtocolVersionAnUnregisteredAgentAndPeopleAreRefused() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let agent = AgentSession(client: client, token: "agent")
            let unregistered = try await agent.claim()
            try await agent.register("edge-eu")
            let old = try await agent.claim(version: AgentWire.version + 1)
            let byAdmin = try await AgentSession(client: client, token: "admin").claim()

            #expect(unregistered.reply.status == .notFound)
            #expect(old.reply.status == .badRequest && old.reply.string("detail")?.contains("same scanlogic") == true)
            #expect(byAdmin.reply.status == .forbidden)
        }
    }
}
