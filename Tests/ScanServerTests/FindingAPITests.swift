import Foundation
import HTTPTypes
import ScanCore
import ScanServer
import ScanStoreSQLite
import ScanTestSupport
import Testing

@Suite("Findings API")
struct FindingAPITests {
    @Test func paginationReturnsEveryFindingOnce() async throws {
        let api = try await APIHarness()
        try await CatalogFixtures.findings(api.store, count: 7)
        try await api.test { client async throws in
            // Given 7 findings, when they are read 3 at a time
            var seen: [Int] = []
            var cursor: String?
            var pages = 0
            repeat {
                let after = cursor.map { "&after=\($0)" } ?? ""
                let page = try await client.send(.get, "/api/v1/findings?limit=3\(after)", as: "viewer")
                #expect(page.status == .ok)
                seen += page.items.compactMap { $0["id"] as? Int }
                cursor = page.object["next_cursor"] as? String
                pages += 1
            } while cursor != nil && pages < 10
            // Then each is returned exactly once
            #expect(seen.count == 7)
            #expect(Set(seen).count == 7)
            #expect(pages == 3)
        }
    }

    @Test func filtersNarrowTheList() async throws {
        let api = try await APIHarness()
        let seed = try await CatalogFixtures.findings(api.store, count: 4)
        try await api.test { client async throws in
            func count(_ query: String) async throws -> Int {
                try await client.send(.get, "/api/v1/findings?\(query)", as: "viewer").items.count
            }
            #expect(try await count("severity=critical") == 2)
            #expect(try await count("scan_id=\(seed.definition.id)") == 4)
            #expect(try await count("source_id=\(seed.definition.sourceID)") == 4)
            #expect(try await count("run_id=\(seed.run.id)") == 4)
            #expect(try await count("run_id=nope") == 0)
            #expect(try await count("status=open") == 4)
            #expect(try await count("status=fixed") == 0)
            #expect(try await count("rule_id=secret.test&category=credential") == 4)
            #expect(try await count("category=pii") == 0)
            #expect(try await count("path_prefix=dir/f1") == 1)
            #expect(try await count("triage=untriaged") == 4)
            #expect(try await count("triage=false_positive") == 0)
            #expect(try await count("triage=any") == 4)
        }
    }

    @Test func badQueryParametersAre400NamingThem() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            for (query, field) in [
                ("limit=0", "limit"), ("limit=501", "limit"), ("after=abc", "after"), ("after=-4", "after"),
                ("severity=extreme", "severity"), ("triage=maybe", "triage"), ("status=closed", "status"),
            ] {
                let reply = try await client.send(.get, "/api/v1/findings?\(query)", as: "viewer")
                #expect(reply.status == .badRequest, "\(query)")
                #expect(reply.string("field") == field, "\(query)")
            }
        }
    }

    @Test func readOneWithoutTheValue() async throws {
        let api = try await APIHarness()
        try await CatalogFixtures.scan(
            api.store,
            objects: ["a.env": [CatalogFixtures.detection("secret.test", path: "a.env", value: "hash-of-value")]]
        )
        try await api.test { client async throws in
            let list = try await client.send(.get, "/api/v1/findings", as: "viewer")
            let id = try #require(list.items.first?["id"] as? Int)
            let finding = try await client.send(.get, "/api/v1/findings/\(id)", as: "viewer")
            let detection = try #require(finding.object["detection"] as? [String: Any])
            #expect(detection["preview"] as? String == "****")
            #expect(detection["value_hash"] as? String == "hash-of-value")
            #expect(detection["value"] == nil)
            #expect(try await client.send(.get, "/api/v1/findings/999999").status == .notFound)
            #expect(try await client.send(.get, "/api/v1/findings/abc").status == .notFound)
        }
    }

    @Test func operatorTriagesWithAReasonAndItIsAudited() async throws {
        let api = try await APIHarness()
        try await CatalogFixtures.findings(api.store, count: 2)
        try await api.test { client async throws in
            let id = try #require(try await client.send(.get, "/api/v1/findings").items.first?["id"] as? Int)
            let path = "/api/v1/findings/\(id)/triage"
            let body = ["state": "false_positive", "reason": "test fixture"]
            #expect(try await client.send(.post, path, as: "viewer", json: body).status == .forbidden)
            let noReason = try await client.send(.post, path, as: "operator", json: ["state": "ignored"])
            #expect(noReason.status == .unprocessableContent)
            #expect(noReason.string("field") == "reason")
            let blank = try await client.send(.post, path, as: "operator", json: ["state": "ignored", "reason": " "])
            #expect(blank.string("field") == "reason")
            let badState = try await client.send(
                .post,
                path,
                as: "operator",
                json: ["state": "wontfix", "reason": "x"]
            )
            #expect(badState.string("field") == "state")
            let triaged = try await client.send(.post, path, as: "operator", json: body)
            #expect(triaged.status == .ok)
            #expect((triaged.object["triage"] as? [String: Any])?["state"] as? String == "false_positive")
            #expect(try await client.send(.get, "/api/v1/findings?triage=untriaged").items.count == 1)
            #expect(try await client.send(.get, "/api/v1/findings?triage=false_positive").items.count == 1)
            let event = try #require(try await api.store.auditEvents(AuditQuery(tenantID: APIHarness.tenant)).first)
            #expect(event.action == "finding.triaged")
            #expect(event.target == String(id))
            #expect(event.detail?.contains("false_positive") == true)
            #expect(event.detail?.contains("test fixture") == true)
            // When the triage is cleared with `none`, no reason is needed
            let cleared = try await client.send(.post, path, as: "operator", json: ["state": "none"])
            #expect(cleared.status == .ok)
            #expect(cleared.object["triage"] == nil)
        }
    }

    @Test func bulkTriageReportsUpdatedAndNotFound() async throws {
        let api = try await APIHarness()
        try await CatalogFixtures.findings(api.store, count: 3)
        let foreign = try await CatalogFixtures.findings(api.store, count: 1, tenant: APIHarness.otherTenant)
        _ = foreign
        try await api.test { client async throws in
            let ids = try await client.send(.get, "/api/v1/findings").items.compactMap { $0["id"] as? Int }
            let foreignID = try #require(
                try await client.send(.get, "/api/v1/findings", as: "other").items.first?["id"] as? Int
            )
            let body: [String: Any] = [
                "ids": ids + [foreignID, 424242], "state": "accepted_risk", "reason": "compensating control",
            ]
            let reply = try await client.send(.post, "/api/v1/findings/triage", as: "operator", json: body)
            #expect(reply.status == .ok)
            #expect(reply.object["updated"] as? [Int] == ids.sorted())
            #expect(reply.object["not_found"] as? [Int] == [foreignID, 424242].sorted())
            let audited = try await api.store.auditEvents(AuditQuery(tenantID: APIHarness.tenant))
            #expect(audited.filter { $0.action == "finding.triaged" }.count == 3)
            #expect(try await client.send(.get, "/api/v1/findings?triage=untriaged", as: "other").items.count == 1)
            let tooMany: [String: Any] = ["ids": Array(1...1001), "state": "ignored", "reason": "x"]
            let tooManyReply = try await client.send(.post, "/api/v1/findings/triage", as: "operator", json: tooMany)
            #expect(tooManyReply.string("field") == "ids")
            let noIDs = try await client.send(
                .post,
                "/api/v1/findings/triage",
                as: "operator",
                json: ["state": "ignored", "reason": "x"]
            )
            #expect(noIDs.string("field") == "ids")
            let wrongType = try await client.send(
                .post,
                "/api/v1/findings/triage",
                as: "operator",
                json: ["ids": ["a"], "state": "ignored", "reason": "x"]
            )
            #expect(wrongType.string("field") == "ids[0]")
        }
    }

    @Test func anotherTenantSeesNothing() async throws {
        let api = try await APIHarness()
        try await CatalogFixtures.findings(api.store, count: 2)
        try await api.test { client async throws in
            let id = try #require(try await client.send(.get, "/api/v1/findings").items.first?["id"] as? Int)
            #expect(try await client.send(.get, "/api/v1/findings", as: "other").items.isEmpty)
            #expect(try await client.send(.get, "/api/v1/findings/\(id)", as: "other").status == .notFound)
            let triage = ["state": "ignored", "reason": "x"]
            #expect(
                try await client.send(.post, "/api/v1/findings/\(id)/triage", as: "other", json: triage).status
                    == .notFound
            )
            #expect(try await client.send(.get, "/api/v1/findings", as: "agent").status == .forbidden)
        }
    }
}
