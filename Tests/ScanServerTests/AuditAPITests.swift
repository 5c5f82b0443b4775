import Foundation
import HTTPTypes
import ScanCore
import ScanServer
import ScanStoreSQLite
import Testing

@Suite("Audit API")
struct AuditAPITests {
    private func record(_ api: APIHarness, count: Int) async throws {
        for index in 0..<count {
            try await api.store.appendAudit(
                AuditEvent(
                    tenantID: APIHarness.tenant,
                    at: Date(),
                    actor: index.isMultiple(of: 2) ? "token:admin" : "token:operator",
                    action: index.isMultiple(of: 2) ? "run.started" : "finding.triaged",
                    target: "t\(index)"
                )
            )
        }
    }

    @Test func onlyAdministratorsReadTheLog() async throws {
        let api = try await APIHarness()
        try await record(api, count: 2)
        try await api.test { client async throws in
            #expect(try await client.send(.get, "/api/v1/audit").items.count == 2)
            for role in ["operator", "viewer", "agent"] {
                #expect(try await client.send(.get, "/api/v1/audit", as: role).status == .forbidden)
            }
            #expect(try await client.send(.get, "/api/v1/audit", as: "other").items.isEmpty)
        }
    }

    @Test func filtersAndPagesNewestFirst() async throws {
        let api = try await APIHarness()
        try await record(api, count: 7)
        try await api.test { client async throws in
            let runs = try await client.send(.get, "/api/v1/audit?action=run.")
            #expect(runs.items.count == 4)
            #expect(try await client.send(.get, "/api/v1/audit?actor=token:operator").items.count == 3)
            let one = try await client.send(.get, "/api/v1/audit?target=t3")
            #expect(one.items.first?["action"] as? String == "finding.triaged")
            #expect(one.items.first?["tenant_id"] == nil)
            // When the log is read three at a time, every event comes once, newest first
            var targets: [String] = []
            var cursor: String?
            repeat {
                let before = cursor.map { "&before=\($0)" } ?? ""
                let page = try await client.send(.get, "/api/v1/audit?limit=3\(before)")
                targets += page.items.compactMap { $0["target"] as? String }
                cursor = page.object["next_cursor"] as? String
            } while cursor != nil && targets.count < 20
            #expect(targets == (0..<7).reversed().map { "t\($0)" })
            for query in ["limit=0", "limit=501", "before=x"] {
                let reply = try await client.send(.get, "/api/v1/audit?\(query)")
                #expect(reply.status == .badRequest, "\(query)")
            }
        }
    }
}
