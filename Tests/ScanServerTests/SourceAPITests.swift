import Foundation
import HTTPTypes
import ScanCore
import ScanServer
import ScanStoreSQLite
import Testing

@Suite("Sources API")
struct SourceAPITests {
    static let source = ["name": "docs", "kind": "filesystem", "location": "/srv/docs"]

    @Test func createReadUpdateDelete() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let created = try await client.send(.post, "/api/v1/sources", json: Self.source)
            #expect(created.status == .created)
            let id = try #require(created.string("id"))
            let read = try await client.send(.get, "/api/v1/sources/\(id)", as: "viewer")
            #expect(read.string("location") == "/srv/docs")
            let renamed = try await client.send(.patch, "/api/v1/sources/\(id)", json: ["name": "documents"])
            #expect(renamed.string("name") == "documents")
            #expect(try await client.send(.get, "/api/v1/sources", as: "viewer").items.count == 1)
            #expect(try await client.send(.delete, "/api/v1/sources/\(id)").status == .noContent)
            #expect(try await client.send(.get, "/api/v1/sources/\(id)").status == .notFound)
        }
    }

    @Test func everyMutationIsAudited() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let created = try await client.send(.post, "/api/v1/sources", json: Self.source)
            let id = try #require(created.string("id"))
            let requestID = try #require(created.headers[.requestID])
            let events = try await api.store.auditEvents(AuditQuery(tenantID: APIHarness.tenant))
            let event = try #require(events.first)
            #expect(event.action == "source.created")
            #expect(event.target == id)
            #expect(event.actor == "token:admin")
            #expect(event.requestID == requestID)
        }
    }

    @Test func rolesAreEnforced() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            #expect(
                try await client.send(.post, "/api/v1/sources", as: "operator", json: Self.source).status == .forbidden
            )
            #expect(
                try await client.send(.post, "/api/v1/sources", as: "viewer", json: Self.source).status == .forbidden
            )
            #expect(try await client.send(.get, "/api/v1/sources", as: "agent").status == .forbidden)
            #expect(try await client.send(.get, "/api/v1/sources", as: nil).status == .unauthorized)
            #expect(try await client.send(.get, "/api/v1/sources", as: "slk_not_a_token").status == .unauthorized)
        }
    }

    @Test func anotherTenantSeesNothing() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let id = try #require(try await client.send(.post, "/api/v1/sources", json: Self.source).string("id"))
            for (method, path) in [
                (HTTPRequest.Method.get, "/api/v1/sources/\(id)"), (.delete, "/api/v1/sources/\(id)"),
                (.post, "/api/v1/sources/\(id)/test"), (.get, "/api/v1/sources/\(id)/health"),
            ] {
                #expect(try await client.send(method, path, as: "other").status == .notFound)
            }
            #expect(try await client.send(.get, "/api/v1/sources", as: "other").items.isEmpty)
        }
    }

    @Test func badBodiesNameTheField() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let malformed = try await client.send(.post, "/api/v1/sources", rawBody: "{\"name\": ")
            #expect(malformed.status == .badRequest)
            #expect(malformed.headers[.contentType] == "application/problem+json")
            var unknown: [String: Any] = Self.source
            unknown["colour"] = "red"
            let unknownReply = try await client.send(.post, "/api/v1/sources", json: unknown)
            #expect(unknownReply.status == .unprocessableContent)
            #expect(unknownReply.string("field") == "colour")
            var wrongType: [String: Any] = Self.source
            wrongType["options"] = ["depth": 3]
            let typeReply = try await client.send(.post, "/api/v1/sources", json: wrongType)
            #expect(typeReply.status == .unprocessableContent)
            #expect(typeReply.string("field") == "options.depth")
            let password = ["name": "db", "kind": "postgres", "location": "postgres://u:hunter2@db/x"]
            let passwordReply = try await client.send(.post, "/api/v1/sources", json: password)
            #expect(passwordReply.string("field") == "location")
            #expect(!passwordReply.text.contains("hunter2"))
            let huge = try await client.send(.post, "/api/v1/sources", rawBody: String(repeating: " ", count: 1 << 21))
            #expect(huge.status == .contentTooLarge)
        }
    }

    @Test func connectionTestIsRecordedAsHealth() async throws {
        let api = try await APIHarness(testSource: { _ in
            SourceHealth(
                ok: false,
                error: "connection refused",
                code: "connectionFailed",
                latencyMs: 3,
                checkedAt: Date()
            )
        })
        try await api.test { client async throws in
            let id = try #require(try await client.send(.post, "/api/v1/sources", json: Self.source).string("id"))
            #expect(try await client.send(.post, "/api/v1/sources/\(id)/test", as: "viewer").status == .forbidden)
            let tested = try await client.send(.post, "/api/v1/sources/\(id)/test", as: "operator")
            #expect(tested.object["ok"] as? Bool == false)
            let health = try await client.send(.get, "/api/v1/sources/\(id)/health", as: "viewer")
            let lastCheck = try #require(health.object["last_check"] as? [String: Any])
            #expect(lastCheck["code"] as? String == "connectionFailed")
        }
    }
}
