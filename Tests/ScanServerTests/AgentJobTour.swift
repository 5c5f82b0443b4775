import Foundation
import HTTPTypes
import ScanCore
import ScanServer
import ScanStoreSQLite
import Testing

/// Calls the agent job operations, checking each answer against the document: an agent of its
/// own token claims, extends and completes the jobs of a run of a source placed on agents.
struct AgentJobTour {
    let exchange: Exchange
    let store: SQLiteScanStore

    func run() async throws {
        let token = try await AgentJobFixture.token(store, "tour-agent")
        let run = try await AgentJobFixture.run(store, name: "tour-edge")
        let registered = try await exchange.call(
            .post,
            "/api/v1/agent/register",
            as: token,
            json: ["name": "tour-agent", "capabilities": ["sqlite"], "labels": ["dc-eu"]]
        )
        #expect(registered.status == .ok)
        let enumerate = try #require(try await claim(token).first)
        try await exchange.call(.get, "/api/v1/agent/runs/{id}", "/api/v1/agent/runs/\(run.id)", as: token)
        let leases = try await send(token, "/api/v1/agent/jobs/extend", AgentWire.Leases(jobIDs: [enumerate.id]))
        #expect(leases.status == .ok)
        #expect(try await complete(token, enumerate.id, "enumeration", AgentJobFixture.page(["a", "b"])) == .noContent)
        try await results(token)
        try await refusals(token, enumerate.id)
    }

    /// Scans one object and fails the other.
    private func results(_ token: String) async throws {
        let scans = try await claim(token)
        #expect(scans.count == 2)
        for job in scans {
            guard case .scan(let object) = job.payload else { continue }
            if object.path == "a" {
                #expect(try await complete(token, job.id, "scan", AgentJobFixture.clean("a")) == .noContent)
            } else {
                let failure = AgentWire.Failure(error: "unreadable", retryAfterSeconds: nil)
                #expect(try await complete(token, job.id, "fail", failure) == .noContent)
            }
        }
    }

    /// A job the agent no longer holds, a job of another kind, another protocol version.
    private func refusals(_ token: String, _ done: Int64) async throws {
        #expect(try await complete(token, done, "tool-run", AgentWire.ToolRun(reports: [])) == .conflict)
        let abandon = "/api/v1/agent/jobs/{id}/abandon"
        let gone = try await exchange.call(.post, abandon, "/api/v1/agent/jobs/\(done)/abandon", as: token)
        #expect(gone.status == .conflict)
        let old = AgentWire.Claim(limit: 1, waitSeconds: 0, activeJobs: 0, protocolVersion: AgentWire.version + 1)
        #expect(try await send(token, "/api/v1/agent/jobs/claim", old).status == .badRequest)
    }

    private func claim(_ token: String) async throws -> [Job] {
        let claim = AgentWire.Claim(limit: 4, waitSeconds: 0, activeJobs: 0)
        let reply = try await send(token, "/api/v1/agent/jobs/claim", claim)
        return try AgentWire.decoder().decode(AgentWire.Claimed.self, from: reply.body).jobs
    }

    private func complete(
        _ token: String,
        _ id: Int64,
        _ action: String,
        _ body: some Encodable
    ) async throws -> HTTPResponse.Status {
        let template = "/api/v1/agent/jobs/{id}/\(action)"
        return try await send(token, template, body, path: "/api/v1/agent/jobs/\(id)/\(action)").status
    }

    private func send(
        _ token: String,
        _ template: String,
        _ body: some Encodable,
        path: String? = nil
    ) async throws -> APIHarness.Reply {
        let text = String(decoding: try AgentWire.encoder().encode(body), as: UTF8.self)
        return try await exchange.call(.post, template, path, as: token, rawBody: text)
    }
}
