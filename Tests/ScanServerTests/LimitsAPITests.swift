import Foundation
import HTTPTypes
import ScanCore
import ScanServer
import ScanStoreSQLite
import Testing

@Suite("Limits API")
struct LimitsAPITests {
    @Test func setReadAndRemoveTheTenantCap() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let initial = try await client.send(.get, "/api/v1/limits", as: "viewer")
            #expect(initial.status == .ok)
            #expect(initial.string("tenant_id") == APIHarness.tenant.rawValue)
            #expect(initial.object["max_concurrency"] == nil)
            let set = try await client.send(.put, "/api/v1/limits", json: ["max_concurrency": 8])
            #expect(set.status == .ok)
            #expect(set.object["max_concurrency"] as? Int == 8)
            #expect(try await api.store.tenantConcurrency(APIHarness.tenant) == 8)
            let read = try await client.send(.get, "/api/v1/limits", as: "viewer")
            #expect(read.object["max_concurrency"] as? Int == 8)
            let removed = try await client.send(.put, "/api/v1/limits", json: ["max_concurrency": NSNull()])
            #expect(removed.status == .ok)
            #expect(removed.object["max_concurrency"] == nil)
            #expect(try await api.store.tenantConcurrency(APIHarness.tenant) == nil)
            let after = try await client.send(.get, "/api/v1/limits", as: "operator")
            #expect(after.object["max_concurrency"] == nil)
        }
    }

    @Test func changesAreAudited() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let reply = try await client.send(.put, "/api/v1/limits", json: ["max_concurrency": 5])
            try await client.send(.put, "/api/v1/limits", json: ["max_concurrency": NSNull()])
            let events = try await api.store.auditEvents(AuditQuery(tenantID: APIHarness.tenant))
            #expect(events.map(\.action) == ["limits.updated", "limits.updated"])
            #expect(events.map(\.detail) == ["max_concurrency=none", "max_concurrency=5"])
            let event = try #require(events.last)
            #expect(event.target == APIHarness.tenant.rawValue)
            #expect(event.actor == "token:admin")
            #expect(event.requestID == reply.headers[.requestID])
        }
    }

    @Test func onlyAdministratorsSetLimits() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            for role in ["viewer", "operator"] {
                let reply = try await client.send(.put, "/api/v1/limits", as: role, json: ["max_concurrency": 1])
                #expect(reply.status == .forbidden, "\(role)")
            }
            #expect(try await client.send(.get, "/api/v1/limits", as: "agent").status == .forbidden)
            #expect(try await client.send(.get, "/api/v1/limits", as: nil).status == .unauthorized)
            #expect(try await api.store.tenantConcurrency(APIHarness.tenant) == nil)
        }
    }

    @Test func eachTenantHasItsOwnLimits() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            try await client.send(.put, "/api/v1/limits", json: ["max_concurrency": 3])
            let other = try await client.send(.get, "/api/v1/limits", as: "other")
            #expect(other.string("tenant_id") == APIHarness.otherTenant.rawValue)
            #expect(other.object["max_concurrency"] == nil)
            try await client.send(.put, "/api/v1/limits", as: "other", json: ["max_concurrency": 7])
            #expect(try await api.store.tenantConcurrency(APIHarness.tenant) == 3)
            #expect(try await api.store.tenantConcurrency(APIHarness.otherTenant) == 7)
            let own = try await client.send(.get, "/api/v1/limits", as: "viewer")
            #expect(own.object["max_concurrency"] as? Int == 3)
        }
    }

    @Test(
        arguments: [
            (["max_concurrency": 0], "max_concurrency"),
            (["max_concurrency": 10_001], "max_concurrency"),
            (["max_concurrency": "8"], "max_concurrency"),
            ([:], "max_concurrency"),
            (["max_concurrency": 2, "tenant_id": "globex"], "tenant_id"),
        ] as [([String: any Sendable], String)]
    )
    func badBodiesNameTheField(_ body: [String: any Sendable], _ field: String) async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            try await client.send(.put, "/api/v1/limits", json: ["max_concurrency": 4])
            let reply = try await client.send(.put, "/api/v1/limits", json: body)
            #expect(reply.status == .unprocessableContent)
            #expect(reply.string("field") == field)
            #expect(try await api.store.tenantConcurrency(APIHarness.tenant) == 4)
        }
    }
}
