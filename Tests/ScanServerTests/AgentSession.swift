import Foundation
import HTTPTypes
import ScanCore
import ScanServer
import ScanStoreSQLite
import ScanTestSupport
import Testing

/// One agent token speaking the agent job protocol through the API harness: bodies are
/// ``AgentWire`` values in their own encoding.
struct AgentSession {
    let client: APIHarness.Client
    /// A token name of the harness (`agent`) or a secret.
    let token: String

    /// Registers the agent and returns its lease owner (`agent:<id>`).
    @discardableResult
    func register(
        _ name: String,
        capabilities: [String] = ["sqlite"],
        labels: [String] = ["dc-eu"],
        tools: [String] = [],
        maxJobs: Int = 4
    ) async throws -> String {
        let body: [String: Any] = [
            "name": name, "capabilities": capabilities, "labels": labels, "tools": tools, "max_jobs": maxJobs,
        ]
        let reply = try await client.send(.post, "/api/v1/agent/register", as: token, json: body)
        return "agent:" + (try #require(reply.string("id")))
    }

    /// Claims jobs; `nil` jobs when the answer is not 200.
    func claim(
        limit: Int = 4,
        wait: Double = 0,
        active: Int = 0,
        version: Int = AgentWire.version
    ) async throws -> (reply: APIHarness.Reply, claimed: AgentWire.Claimed?) {
        let claim = AgentWire.Claim(limit: limit, waitSeconds: wait, activeJobs: active, protocolVersion: version)
        let reply = try await post("/api/v1/agent/jobs/claim", claim)
        return (
            reply, reply.status == .ok ? try AgentWire.decoder().decode(AgentWire.Claimed.self, from: reply.body) : nil
        )
    }

    /// The jobs of a claim that must succeed.
    func jobs(limit: Int = 4, wait: Double = 0) async throws -> [Job] {
        try #require(try await claim(limit: limit, wait: wait).claimed).jobs
    }

    /// The ids among `ids` whose leases the agent still holds.
    func extend(_ ids: [Int64]) async throws -> [Int64] {
        let reply = try await post("/api/v1/agent/jobs/extend", AgentWire.Leases(jobIDs: ids))
        return try AgentWire.decoder().decode(AgentWire.Leases.self, from: reply.body).jobIDs
    }

    /// Sends a job's result: `action` is `enumeration`, `scan`, `tool-run`, `fail` or `abandon`.
    func complete(_ id: Int64, _ action: String, _ body: (some Encodable)?) async throws -> APIHarness.Reply {
        try await post("/api/v1/agent/jobs/\(id)/\(action)", body)
    }

    /// Posts `body` in the agent encoding (no body when `nil`).
    func post(_ path: String, _ body: (some Encodable)?) async throws -> APIHarness.Reply {
        let text = try body.map { String(decoding: try AgentWire.encoder().encode($0), as: UTF8.self) }
        return try await client.send(.post, path, as: token, rawBody: text)
    }

    /// The run context of `run`.
    func context(_ run: Identifier<ScanRun>) async throws -> APIHarness.Reply {
        try await client.send(.get, "/api/v1/agent/runs/\(run)", as: token)
    }
}

/// Sources placed on agents and runs over them, made in the harness's store.
enum AgentJobFixture {
    /// Starts a run of a new definition over a new source.
    static func run(
        _ store: SQLiteScanStore,
        name: String = "edge",
        kind: SourceKind = .sqlite,
        labels: [String] = ["dc-eu"],
        runsOn: SourcePlacement = .agent,
        tool: ToolCommand? = nil
    ) async throws -> ScanRun {
        let tenant = APIHarness.tenant
        let location = kind == .sqlite ? "/srv/\(name).db" : "/srv/\(name)"
        let source = DataSource(
            tenantID: tenant,
            name: name,
            kind: kind,
            location: location,
            createdAt: Date(),
            labels: labels,
            runsOn: runsOn
        )
        try await store.save(source)
        var definition = ScanDefinition(tenantID: tenant, name: name, sourceID: source.id, createdAt: Date())
        definition.toolCommand = tool
        try await store.save(definition)
        return try await store.startRun(definitionID: definition.id, tenant: tenant, at: Date()).run
    }

    /// A page of table objects at `paths`, the last page.
    static func page(_ paths: [String]) -> AgentWire.Enumeration {
        AgentWire.Enumeration(page: EnumerationPage(objects: paths.map { Fixtures.object($0) }, nextCursor: nil))
    }

    /// A clean result for the object at `path`.
    static func clean(_ path: String) -> AgentWire.Scan {
        AgentWire.Scan(result: ObjectResult(object: Fixtures.object(path), outcome: .clean, bytesRead: 10))
    }

    /// A new agent token of the harness's tenant.
    static func token(_ store: SQLiteScanStore, _ name: String) async throws -> String {
        try await APIHarness.issue(.agent, named: name, tenant: APIHarness.tenant, in: store)
    }

    /// Runs the server-side jobs (finalize, act) with a store worker that claims as the server.
    static func finalize(_ api: APIHarness) async throws -> Int {
        let driver = StoreDriver(store: api.store, worker: "server", pages: StoreDriver.pages([], size: 1)) {
            ObjectResult(object: $0, outcome: .clean)
        }
        return try await driver.drain(at: Date())
    }
}
