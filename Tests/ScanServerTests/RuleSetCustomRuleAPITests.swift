import Foundation
import HTTPTypes
import ScanCore
import ScanServer
import ScanStoreSQLite
import Testing

@Suite("Custom rules and rule tests API")
struct RuleSetCustomRuleAPITests {
    static var rule: [String: Any] {
        [
            "id": "custom.badge", "regex": "BDG[0-9]{4}", "severity": "low", "context": ["badge"],
        ]
    }

    private func createSet(_ client: APIHarness.Client) async throws -> String {
        let body: [String: Any] = ["name": "employees", "document": CatalogFixtures.document]
        return try #require(try await client.send(.post, "/api/v1/rulesets", json: body).string("id"))
    }

    @Test func addReplaceAndDeleteEachAddAVersion() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let id = try await createSet(client)
            let rules = "/api/v1/rulesets/\(id)/rules"
            // When a rule is added, then it is in the latest document as version 2
            let added = try await client.send(.post, rules, json: Self.rule)
            #expect(added.status == .created)
            #expect(added.object["version"] as? Int == 2)
            #expect((added.object["rule"] as? [String: Any])?["regex"] as? String == "BDG[0-9]{4}")
            let listed = try await client.send(.get, rules, as: "viewer")
            #expect(listed.items.compactMap { $0["id"] as? String } == ["custom.employee_id", "custom.badge"])
            let document = try await client.send(.get, "/api/v1/rulesets/\(id)").string("document") ?? ""
            #expect(document.contains("custom.badge"))
            #expect(document.contains("name: employees"))
            // When it is replaced, then version 3 holds the new severity
            let replaced = try await client.send(
                .put,
                "\(rules)/custom.badge",
                json: ["regex": "BDG-[0-9]{4}", "severity": "critical"]
            )
            #expect(replaced.object["version"] as? Int == 3)
            let read = try await client.send(.get, "\(rules)/custom.badge", as: "viewer")
            #expect(read.string("severity") == "critical")
            #expect(read.string("type") == "regex")
            // When it is deleted, then version 4 no longer has it
            let deleted = try await client.send(.delete, "\(rules)/custom.badge")
            #expect(deleted.status == .ok)
            #expect(deleted.object["version"] as? Int == 4)
            #expect(try await client.send(.get, "\(rules)/custom.badge").status == .notFound)
            #expect(try await client.send(.delete, "\(rules)/custom.badge").status == .notFound)
            #expect(try await client.send(.put, "\(rules)/custom.nope", json: ["regex": "x"]).status == .notFound)
            let actions = try await api.store.auditEvents(
                AuditQuery(tenantID: APIHarness.tenant, actionPrefix: "ruleset.rule")
            )
            #expect(actions.map(\.action) == ["ruleset.rule_deleted", "ruleset.rule_updated", "ruleset.rule_added"])
        }
    }

    @Test func invalidRulesAreRefusedWithoutANewVersion() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let id = try await createSet(client)
            let rules = "/api/v1/rulesets/\(id)/rules"
            let badRegex = try await client.send(.post, rules, json: ["id": "custom.x", "regex": "(open"])
            #expect(badRegex.status == .unprocessableContent)
            #expect(badRegex.string("field") == "regex")
            let badSeverity = try await client.send(
                .post,
                rules,
                json: ["id": "custom.x", "regex": "x", "severity": "urgent"]
            )
            #expect(badSeverity.string("field") == "severity")
            let unknown = try await client.send(.post, rules, json: ["id": "custom.x", "regex": "x", "colour": 1])
            #expect(unknown.string("field") == "colour")
            let noID = try await client.send(.post, rules, json: ["regex": "x"])
            #expect(noID.string("field") == "id")
            let duplicate = try await client.send(.post, rules, json: ["id": "custom.employee_id", "regex": "x"])
            #expect(duplicate.status == .conflict)
            let mismatch = try await client.send(.put, "\(rules)/custom.employee_id", json: ["id": "custom.y"])
            #expect(mismatch.string("field") == "id")
            #expect(try await client.send(.post, rules, as: "operator", json: Self.rule).status == .forbidden)
            #expect(try await client.send(.get, "/api/v1/rulesets/\(id)").object["latest_version"] as? Int == 1)
        }
    }

    @Test func anotherTenantCannotReadOrEditRules() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let id = try await createSet(client)
            let rules = "/api/v1/rulesets/\(id)/rules"
            let rule = "\(rules)/custom.employee_id"
            #expect(try await client.send(.get, rule, as: "other").status == .notFound)
            #expect(try await client.send(.post, rules, as: "other", json: Self.rule).status == .notFound)
            #expect(try await client.send(.put, rule, as: "other", json: ["regex": "x"]).status == .notFound)
            #expect(try await client.send(.delete, rule, as: "other").status == .notFound)
            #expect(try await client.send(.get, rule, as: "agent").status == .forbidden)
            #expect(try await client.send(.delete, rule, as: "operator").status == .forbidden)
            #expect(try await client.send(.get, "/api/v1/rulesets/\(id)").object["latest_version"] as? Int == 1)
        }
    }

    @Test func ruleTestShowsOnlyRedactedMatches() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let custom = try await client.send(
                .post,
                "/api/v1/rules/test",
                as: "viewer",
                json: [
                    "rule_id": "custom.employee_id", "text": "badge EMP-123456 ok",
                    "document": CatalogFixtures.document,
                ]
            )
            #expect(custom.status == .ok)
            let match = try #require((custom.object["matches"] as? [[String: Any]])?.first)
            #expect(match["start"] as? Int == 6)
            #expect(match["end"] as? Int == 16)
            #expect(match["confidence"] as? Double != nil)
            #expect(!custom.text.contains("EMP-123456"))
            let builtin = try await client.send(
                .post,
                "/api/v1/rules/test",
                as: "viewer",
                json: ["rule_id": "pii.email", "text": "contact: jane.doe@acme-corp.io"]
            )
            #expect((builtin.object["matches"] as? [Any])?.count == 1)
            #expect(!builtin.text.contains("jane.doe@acme-corp.io"))
            let unknown = try await client.send(
                .post,
                "/api/v1/rules/test",
                as: "viewer",
                json: ["rule_id": "custom.nope", "text": "x"]
            )
            #expect(unknown.status == .notFound)
            let badDocument = try await client.send(
                .post,
                "/api/v1/rules/test",
                json: ["rule_id": "pii.email", "text": "x", "document": "a: ["]
            )
            #expect(badDocument.string("field") == "document")
            let noText = try await client.send(.post, "/api/v1/rules/test", json: ["rule_id": "pii.email"])
            #expect(noText.string("field") == "text")
            let agent = try await client.send(
                .post,
                "/api/v1/rules/test",
                as: "agent",
                json: ["rule_id": "x", "text": "x"]
            )
            #expect(agent.status == .forbidden)
        }
    }
}
