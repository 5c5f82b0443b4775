import Foundation
import HTTPTypes
import ScanCore
import ScanServer
import ScanStoreSQLite
import ScanTestSupport
import Testing

/// Claim limits and waiting, tool runs, failures and abandons.
extension AgentJobAPITests {
    @Test func aClaimWaitsForAJobAndTakesNoMoreThanTheAgentsFreeSlots() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let agent = AgentSession(client: client, token: "agent")
            try await agent.register("edge-eu", maxJobs: 2)
            let start = ContinuousClock.now
            // When a claim waits and a run starts meanwhile
            async let waited = agent.jobs(wait: 10)
            try await Task.sleep(for: .milliseconds(300))
            let run = try await Fixture.run(api.store)
            let enumerate = try #require(try await waited.first)
            #expect(enumerate.runID == run.id && ContinuousClock.now - start < .seconds(5))
            // Then the scans go out by free slots: max_jobs 2 minus the one it says it runs
            _ = try await agent.complete(enumerate.id, "enumeration", Fixture.page(["a", "b", "c"]))
            let busy = try #require(try await agent.claim(limit: 4, active: 1).claimed)
            let full = try #require(try await agent.claim(limit: 4, active: 2).claimed)
            #expect(busy.jobs.count == 1 && full.jobs.isEmpty)
        }
        let agent = try #require(try await api.store.agents(tenant: APIHarness.tenant).first)
        #expect(agent.activeJobs == 2)
    }

    @Test func aToolRunIsBoundToTheJobsRunWhateverScopeItNames() async throws {
        let api = try await APIHarness()
        let tool = ToolCommand(arguments: ["/opt/tools/bandit", "-r", "{target}"], format: .sarif)
        let run = try await Fixture.run(api.store, kind: .filesystem, tool: tool)
        try await api.test { client async throws in
            let agent = AgentSession(client: client, token: "agent")
            try await agent.register("edge-eu", capabilities: ["filesystem"], tools: ["bandit"])
            let job = try #require(try await agent.jobs().first)
            let foreign = IngestScope(
                tenantID: APIHarness.otherTenant,
                definitionID: Identifier("elsewhere"),
                tool: "bandit"
            )
            let batch = IngestBatch(scope: foreign, findings: [Self.banditFinding], at: .distantPast)

            let sent = try await agent.complete(job.id, "tool-run", AgentWire.ToolRun(reports: [batch]))
            #expect(sent.status == .noContent)
        }
        let done = try #require(try await api.store.run(run.id, tenant: APIHarness.tenant))
        let findings = try await api.store.findings(FindingQuery(tenantID: APIHarness.tenant))
        #expect(done.status == .completed && done.counters.findingsNew == 1)
        #expect(findings.count == 1 && findings.first?.definitionID == done.definitionID)
        #expect(try await api.store.findings(FindingQuery(tenantID: APIHarness.otherTenant)).isEmpty)
    }

    @Test func aFailureIsRetriedWhileAttemptsAreLeftElseItFailsTheRun() async throws {
        let api = try await APIHarness()
        let run = try await Fixture.run(api.store)
        try await api.test { client async throws in
            let agent = AgentSession(client: client, token: "agent")
            try await agent.register("edge-eu")
            let first = try #require(try await agent.jobs().first)
            let retry = AgentWire.Failure(error: "connection refused", retryAfterSeconds: 0)
            #expect(try await agent.complete(first.id, "fail", retry).status == .noContent)
            let again = try #require(try await agent.jobs().first)
            #expect(again.id == first.id && again.attempts == 2 && again.lastError == "connection refused")
            let negative = AgentWire.Failure(error: "x", retryAfterSeconds: -1)
            #expect(try await agent.complete(again.id, "fail", negative).status == .unprocessableContent)

            let final = AgentWire.Failure(error: "no such database", retryAfterSeconds: nil)
            #expect(try await agent.complete(again.id, "fail", final).status == .noContent)
        }
        let failed = try #require(try await api.store.run(run.id, tenant: APIHarness.tenant))
        #expect(failed.status == .failed)
    }

    @Test func aJobOfACancelledRunIsAbandoned() async throws {
        let api = try await APIHarness()
        let run = try await Fixture.run(api.store)
        try await api.test { client async throws in
            let agent = AgentSession(client: client, token: "agent")
            try await agent.register("edge-eu")
            let job = try #require(try await agent.jobs().first)
            _ = try await api.store.cancelRun(run.id, tenant: APIHarness.tenant, at: Date())
            let context = try await agent.context(run.id)
            let decoded = try AgentWire.decoder().decode(AgentWire.RunContext.self, from: context.body)
            #expect(decoded.run.cancelRequested)

            #expect(try await agent.complete(job.id, "abandon", Optional<AgentWire.Leases>.none).status == .noContent)
        }
        let cancelled = try #require(try await api.store.run(run.id, tenant: APIHarness.tenant))
        #expect(cancelled.status == .cancelled)
    }

    /// One Bandit finding as an agent's report reader makes it (already hashed on the agent).
    static let banditFinding = IngestedFinding(
        fingerprint: String(repeating: "a", count: 64),
        identity: .content,
        tool: "bandit",
        ruleID: "B105",
        message: "Hard-coded password",
        severity: .high,
        path: "app/db.py",
        line: 7,
        endLine: nil,
        column: nil,
        preview: "password = '****'",
        snippetHash: String(repeating: "b", count: 64),
        tags: []
    )
}
