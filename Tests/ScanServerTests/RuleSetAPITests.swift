import Foundation
import HTTPTypes
import ScanCore
import ScanServer
import ScanStoreSQLite
import ScanTestSupport
import Testing

@Suite("Rule sets API")
struct RuleSetAPITests {
    static var body: [String: Any] {
        [
            "name": "employees", "description": "HR data", "document": CatalogFixtures.document,
        ]
    }

    @Test func createReadRenameVersionAndDelete() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            // Given a rule set created by an admin
            let created = try await client.send(.post, "/api/v1/rulesets", json: Self.body)
            #expect(created.status == .created)
            #expect(created.object["latest_version"] as? Int == 1)
            let id = try #require(created.string("id"))
            // When a viewer reads it, it is renamed and a version is added
            let read = try await client.send(.get, "/api/v1/rulesets/\(id)", as: "viewer")
            #expect(read.string("document") == CatalogFixtures.document)
            let renamed = try await client.send(.patch, "/api/v1/rulesets/\(id)", json: ["name": "staff"])
            #expect(renamed.string("name") == "staff")
            #expect(renamed.string("description") == "HR data")
            let added = try await client.send(
                .post,
                "/api/v1/rulesets/\(id)/versions",
                json: ["document": "name: staff\n"]
            )
            #expect(added.status == .created)
            #expect(added.object["version"] as? Int == 2)
            // Then the versions are listed newest first and each can be read
            let versions = try await client.send(.get, "/api/v1/rulesets/\(id)/versions", as: "viewer")
            #expect(versions.items.compactMap { $0["version"] as? Int } == [2, 1])
            let first = try await client.send(.get, "/api/v1/rulesets/\(id)/versions/1", as: "viewer")
            #expect(first.string("document") == CatalogFixtures.document)
            #expect(try await client.send(.get, "/api/v1/rulesets/\(id)/versions/9").status == .notFound)
            #expect(try await client.send(.get, "/api/v1/rulesets/\(id)/versions/x").status == .badRequest)
            #expect(try await client.send(.get, "/api/v1/rulesets", as: "viewer").items.count == 1)
            #expect(try await client.send(.delete, "/api/v1/rulesets/\(id)").status == .noContent)
            #expect(try await client.send(.get, "/api/v1/rulesets/\(id)").status == .notFound)
            let actions = try await api.store.auditEvents(AuditQuery(tenantID: APIHarness.tenant)).map(\.action)
            #expect(actions == ["ruleset.deleted", "ruleset.version_added", "ruleset.updated", "ruleset.created"])
        }
    }

    @Test func malformedDocumentsAre422NamingDocumentWithALine() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let cases = [
                "name: [unclosed\n", "name: x\ncolour: red\n",
                "custom_rules:\n  - id: custom.bad\n    regex: '(unclosed'\n",
            ]
            for document in cases {
                let reply = try await client.send(
                    .post,
                    "/api/v1/rulesets",
                    json: ["name": "bad", "document": document]
                )
                #expect(reply.status == .unprocessableContent)
                #expect(reply.string("field") == "document")
                #expect(reply.string("detail")?.hasPrefix("document:") == true)
                #expect(
                    reply.string("detail")?.contains(":2:") == true || reply.string("detail")?.contains(":3:") == true
                )
            }
            #expect(try await client.send(.get, "/api/v1/rulesets").items.isEmpty)
        }
    }

    @Test func badBodiesNameTheField() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            var unknown = Self.body
            unknown["colour"] = "red"
            let unknownReply = try await client.send(.post, "/api/v1/rulesets", json: unknown)
            #expect(unknownReply.string("field") == "colour")
            var wrongType = Self.body
            wrongType["document"] = 3
            let typeReply = try await client.send(.post, "/api/v1/rulesets", json: wrongType)
            #expect(typeReply.status == .unprocessableContent)
            #expect(typeReply.string("field") == "document")
            let missing = try await client.send(.post, "/api/v1/rulesets", json: ["name": "x"])
            #expect(missing.string("field") == "document")
            let id = try #require(try await client.send(.post, "/api/v1/rulesets", json: Self.body).string("id"))
            let patchDocument = try await client.send(.patch, "/api/v1/rulesets/\(id)", json: ["document": "a: b"])
            #expect(patchDocument.string("field") == "document")
            let duplicate = try await client.send(.post, "/api/v1/rulesets", json: Self.body)
            #expect(duplicate.status == .conflict)
        }
    }

    @Test func validateAnswers200WithPositionedErrors() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let valid = try await client.send(
                .post,
                "/api/v1/rulesets/validate",
                as: "viewer",
                json: ["document": CatalogFixtures.document]
            )
            #expect(valid.status == .ok)
            #expect(valid.object["valid"] as? Bool == true)
            let invalid = try await client.send(
                .post,
                "/api/v1/rulesets/validate",
                as: "viewer",
                json: ["document": "name: x\nscope:\n  paths: 3\n"]
            )
            #expect(invalid.status == .ok)
            #expect(invalid.object["valid"] as? Bool == false)
            let error = try #require((invalid.object["errors"] as? [[String: Any]])?.first)
            #expect(error["line"] as? Int == 3)
            #expect(error["column"] as? Int != nil)
            #expect(error["path"] as? String == "scope.paths")
            #expect((error["message"] as? String)?.isEmpty == false)
            #expect(
                try await client.send(.post, "/api/v1/rulesets/validate", as: "agent", json: ["document": ""]).status
                    == .forbidden
            )
        }
    }

    @Test func rolesAndTenantsAreEnforced() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            #expect(
                try await client.send(.post, "/api/v1/rulesets", as: "operator", json: Self.body).status == .forbidden
            )
            #expect(
                try await client.send(.post, "/api/v1/rulesets", as: "viewer", json: Self.body).status == .forbidden
            )
            #expect(try await client.send(.get, "/api/v1/rulesets", as: "agent").status == .forbidden)
            let id = try #require(try await client.send(.post, "/api/v1/rulesets", json: Self.body).string("id"))
            #expect(
                try await client.send(.patch, "/api/v1/rulesets/\(id)", as: "operator", json: ["name": "x"]).status
                    == .forbidden
            )
            #expect(try await client.send(.delete, "/api/v1/rulesets/\(id)", as: "operator").status == .forbidden)
            #expect(try await client.send(.get, "/api/v1/rulesets", as: "other").items.isEmpty)
            for (method, path) in [
                (HTTPRequest.Method.get, "/api/v1/rulesets/\(id)"), (.delete, "/api/v1/rulesets/\(id)"),
                (.get, "/api/v1/rulesets/\(id)/versions"), (.get, "/api/v1/rulesets/\(id)/versions/1"),
                (.get, "/api/v1/rulesets/\(id)/rules"),
            ] {
                #expect(try await client.send(method, path, as: "other").status == .notFound)
            }
            let foreignVersion = try await client.send(
                .post,
                "/api/v1/rulesets/\(id)/versions",
                as: "other",
                json: ["document": "name: x\n"]
            )
            #expect(foreignVersion.status == .notFound)
        }
    }

    @Test func deleteIsRefusedWhileADefinitionFollowsTheSet() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            // Given a definition that follows the rule set
            let id = try #require(try await client.send(.post, "/api/v1/rulesets", json: Self.body).string("id"))
            var definition = try await Fixtures.definition(in: api.store, tenant: APIHarness.tenant)
            definition.ruleSetID = Identifier(id)
            definition.ruleSetVersion = 1
            definition.ruleSet = CatalogFixtures.document
            try await api.store.save(definition)
            // When a version is added, then the definition gets it; deleting the set conflicts
            _ = try await client.send(.post, "/api/v1/rulesets/\(id)/versions", json: ["document": "name: v2\n"])
            let followed = try await api.store.definition(definition.id, tenant: APIHarness.tenant)
            #expect(followed?.ruleSetVersion == 2)
            #expect(try await client.send(.delete, "/api/v1/rulesets/\(id)").status == .conflict)
        }
    }
}
