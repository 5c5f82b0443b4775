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

    @Test func labelsAndConcurrencyRoundTrip() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            var body: [String: Any] = Self.source
            body["labels"] = ["eu", "prod", "eu"]
            body["max_concurrency"] = 3
            let created = try await client.send(.post, "/api/v1/sources", json: body)
            #expect(created.status == .created)
            #expect(created.object["labels"] as? [String] == ["eu", "prod"])
            #expect(created.object["max_concurrency"] as? Int == 3)
            let id = try #require(created.string("id"))
            let stored = try #require(try await api.store.source(Identifier(id), tenant: APIHarness.tenant))
            #expect(stored.labels == ["eu", "prod"])
            #expect(stored.maxConcurrency == 3)
            let listed = try #require(try await client.send(.get, "/api/v1/sources", as: "viewer").items.first)
            #expect(listed["labels"] as? [String] == ["eu", "prod"])
            #expect(listed["max_concurrency"] as? Int == 3)
            // A PATCH without the fields keeps them; null removes the cap, [] the labels.
            let renamed = try await client.send(.patch, "/api/v1/sources/\(id)", json: ["name": "documents"])
            #expect(renamed.object["labels"] as? [String] == ["eu", "prod"])
            #expect(renamed.object["max_concurrency"] as? Int == 3)
            let cleared = try await client.send(
                .patch,
                "/api/v1/sources/\(id)",
                json: ["labels": [String](), "max_concurrency": NSNull()]
            )
            #expect(cleared.status == .ok)
            #expect(cleared.object["labels"] as? [String] == [])
            #expect(cleared.object["max_concurrency"] == nil)
            let read = try await client.send(.get, "/api/v1/sources/\(id)", as: "viewer")
            #expect(read.object["labels"] as? [String] == [])
            #expect(read.object["max_concurrency"] == nil)
        }
    }

    @Test func labelsDefaultToNone() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let created = try await client.send(.post, "/api/v1/sources", json: Self.source)
            #expect(created.object["labels"] as? [String] == [])
            #expect(created.object["max_concurrency"] == nil)
        }
    }

    @Test(
        arguments: [
            (["labels": ["EU"]], "labels[0]"),
            (["labels": ["eu", ""]], "labels[1]"),
            (["labels": ["eu west"]], "labels[0]"),
            (["labels": [String(repeating: "a", count: 65)]], "labels[0]"),
            (["labels": (0..<33).map { "l\($0)" }], "labels"),
            (["labels": "eu"], "labels"),
            (["labels": [1]], "labels[0]"),
            (["max_concurrency": 0], "max_concurrency"),
            (["max_concurrency": -2], "max_concurrency"),
            (["max_concurrency": 10_001], "max_concurrency"),
            (["max_concurrency": "4"], "max_concurrency"),
        ] as [([String: any Sendable], String)]
    )
    func badLabelsAndConcurrencyNameTheField(_ fields: [String: any Sendable], _ field: String) async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            var body: [String: Any] = Self.source
            for (key, value) in fields { body[key] = value }
            let created = try await client.send(.post, "/api/v1/sources", json: body)
            #expect(created.status == .unprocessableContent)
            #expect(created.string("field") == field)
            let id = try #require(try await client.send(.post, "/api/v1/sources", json: Self.source).string("id"))
            let updated = try await client.send(.patch, "/api/v1/sources/\(id)", json: fields.mapValues { $0 as Any })
            #expect(updated.status == .unprocessableContent)
            #expect(updated.string("field") == field)
        }
    }

    @Test func runsOnDefaultsToTheServerAndRoundTrips() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let local = try await client.send(.post, "/api/v1/sources", json: Self.source)
            var body: [String: Any] = Self.source
            body["name"] = "edge"
            body["runs_on"] = "agent"
            let edge = try await client.send(.post, "/api/v1/sources", json: body)
            let id = try #require(edge.string("id"))
            let stored = try #require(try await api.store.source(Identifier(id), tenant: APIHarness.tenant))
            let read = try await client.send(.get, "/api/v1/sources/\(id)", as: "viewer")
            let renamed = try await client.send(.patch, "/api/v1/sources/\(id)", json: ["name": "edge-eu"])
            let moved = try await client.send(.patch, "/api/v1/sources/\(id)", json: ["runs_on": "server"])

            #expect(local.string("runs_on") == "server")
            #expect(edge.status == .created && edge.string("runs_on") == "agent" && stored.runsOn == .agent)
            #expect(read.string("runs_on") == "agent" && renamed.string("runs_on") == "agent")
            #expect(moved.string("runs_on") == "server")
        }
    }

    @Test(arguments: ["edge", "Agent", "", 1] as [any Sendable])
    func aBadRunsOnNamesTheField(_ value: any Sendable) async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            var body: [String: Any] = Self.source
            body["runs_on"] = value
            let created = try await client.send(.post, "/api/v1/sources", json: body)
            let id = try #require(try await client.send(.post, "/api/v1/sources", json: Self.source).string("id"))
            let updated = try await client.send(.patch, "/api/v1/sources/\(id)", json: ["runs_on": value])

            #expect(created.status == .unprocessableContent && created.string("field") == "runs_on")
            #expect(updated.status == .unprocessableContent && updated.string("field") == "runs_on")
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
