import Foundation
import HTTPTypes
import ScanCore
import ScanServer
import ScanStoreSQLite
import Testing

@Suite("Scan definitions API")
struct ScanAPITests {
    static let ruleSet = "name: strict\nallow:\n  - example.com\n"

    @Test func createReadUpdateDelete() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            // Given a scheduled definition with scope and an inline rule set
            let source = try await client.createSource("docs")
            let created = try await client.send(
                .post,
                "/api/v1/scans",
                json: [
                    "name": "nightly", "source_id": source, "scope": ["include": ["**/*.md"], "exclude": []],
                    "rule_set": Self.ruleSet, "priority": 5,
                    "schedule": ["kind": "daily", "time": "02:00", "time_zone": "Europe/Paris"],
                ]
            )
            #expect(created.status == .created)
            let id = try #require(created.string("id"))
            #expect(created.string("next_run_at") != nil)
            #expect((created.object["schedule"] as? [String: Any])?["time_zone"] as? String == "Europe/Paris")
            #expect(created.string("rule_set") == Self.ruleSet)

            // Then it reads back and lists by source
            let read = try await client.send(.get, "/api/v1/scans/\(id)", as: "viewer")
            #expect(read.object["priority"] as? Int == 5)
            #expect(try await client.send(.get, "/api/v1/scans?source_id=\(source)", as: "viewer").items.count == 1)
            #expect(try await client.send(.get, "/api/v1/scans?source_id=unknown", as: "viewer").items.isEmpty)

            // When it is changed and deleted
            let patched = try await client.send(
                .patch,
                "/api/v1/scans/\(id)",
                json: ["priority": 9, "schedule": ["kind": "cron", "expression": "*/5 * * * *"]]
            )
            #expect(patched.status == .ok)
            #expect(patched.object["priority"] as? Int == 9)
            #expect((patched.object["schedule"] as? [String: Any])?["kind"] as? String == "cron")
            #expect(try await client.send(.delete, "/api/v1/scans/\(id)").status == .noContent)
            #expect(try await client.send(.get, "/api/v1/scans/\(id)").status == .notFound)
        }
    }

    @Test func everyMutationIsAudited() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let id = try await client.createScan("nightly")
            try await client.send(.patch, "/api/v1/scans/\(id)", json: ["priority": 1])
            try await client.send(.post, "/api/v1/scans/\(id)/pause", as: "operator")
            try await client.send(.post, "/api/v1/scans/\(id)/activate", as: "operator")
            let run = try await client.send(.post, "/api/v1/scans/\(id)/trigger", as: "operator")
            try await client.send(.post, "/api/v1/runs/\(try #require(run.string("id")))/cancel", as: "operator")
            try await client.send(.delete, "/api/v1/scans/\(id)")
            let events = try await api.store.auditEvents(AuditQuery(tenantID: APIHarness.tenant))
            let actions = Set(events.map(\.action))
            for action in [
                "scan.created", "scan.updated", "scan.paused", "scan.activated", "scan.triggered", "run.cancelled",
                "scan.deleted",
            ] {
                #expect(actions.contains(action), "missing \(action)")
            }
            #expect(events.first { $0.action == "scan.triggered" }?.actor == "token:operator")
        }
    }

    @Test func rolesAreEnforced() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let source = try await client.createSource("docs")
            let body: [String: Any] = ["name": "n", "source_id": source]
            #expect(try await client.send(.post, "/api/v1/scans", as: "operator", json: body).status == .forbidden)
            let id = try await client.createScan("nightly")
            for token in ["viewer", "agent"] {
                for action in ["trigger", "pause", "activate"] {
                    #expect(
                        try await client.send(.post, "/api/v1/scans/\(id)/\(action)", as: token).status == .forbidden
                    )
                }
            }
            #expect(try await client.send(.get, "/api/v1/scans", as: "agent").status == .forbidden)
            #expect(try await client.send(.get, "/api/v1/scans/\(id)/fires", as: "agent").status == .forbidden)
            let patch = try await client.send(.patch, "/api/v1/scans/\(id)", as: "operator", json: ["priority": 1])
            #expect(patch.status == .forbidden)
            #expect(try await client.send(.delete, "/api/v1/scans/\(id)", as: "operator").status == .forbidden)
            #expect(try await client.send(.post, "/api/v1/scans/\(id)/pause", as: "operator").status == .ok)
            #expect(try await client.send(.post, "/api/v1/scans/\(id)/activate", as: "operator").status == .ok)
            #expect(try await client.send(.post, "/api/v1/scans/\(id)/trigger", as: "operator").status == .created)
            #expect(try await client.send(.get, "/api/v1/scans/\(id)/fires", as: "viewer").status == .ok)
        }
    }

    @Test func anotherTenantSeesNothing() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let id = try await client.createScan("nightly")
            for (method, path) in [
                (HTTPRequest.Method.get, "/api/v1/scans/\(id)"), (.delete, "/api/v1/scans/\(id)"),
                (.post, "/api/v1/scans/\(id)/trigger"), (.post, "/api/v1/scans/\(id)/pause"),
                (.post, "/api/v1/scans/\(id)/activate"), (.get, "/api/v1/scans/\(id)/fires"),
            ] {
                #expect(try await client.send(method, path, as: "other").status == .notFound, "\(method) \(path)")
            }
            let patch = try await client.send(.patch, "/api/v1/scans/\(id)", as: "other", json: ["priority": 1])
            #expect(patch.status == .notFound)
            #expect(try await client.send(.get, "/api/v1/scans", as: "other").items.isEmpty)
            // A definition of globex cannot point at acme's source either.
            let source = try #require(try await client.send(.get, "/api/v1/sources").items.first?["id"] as? String)
            let foreign = try await client.send(
                .post,
                "/api/v1/scans",
                as: "other",
                json: ["name": "x", "source_id": source]
            )
            #expect(foreign.string("field") == "source_id")
        }
    }

    /// Changes to a valid body, as JSON, and the field each one makes invalid.
    static let badChanges: [(String, String)] = [
        (#"{"colour": "red"}"#, "colour"),
        (#"{"scope": {"include": [], "colour": 1}}"#, "scope.colour"),
        (#"{"priority": "high"}"#, "priority"),
        (#"{"name": 3}"#, "name"),
        (#"{"source_id": "nope"}"#, "source_id"),
        (#"{"schedule": {"kind": "cron", "expression": "61 * * * *"}}"#, "schedule.expression"),
        (#"{"schedule": {"kind": "cron"}}"#, "schedule.expression"),
        (#"{"schedule": {"kind": "daily", "time": "02:00", "time_zone": "Mars/Olympus"}}"#, "schedule.time_zone"),
        (#"{"schedule": {"kind": "daily", "time": "25:00"}}"#, "schedule.time"),
        (#"{"schedule": {"kind": "weekly", "time": "02:00", "weekday": "someday"}}"#, "schedule.weekday"),
        (#"{"schedule": {"kind": "monthly", "time": "02:00", "day_of_month": 32}}"#, "schedule.day_of_month"),
        (#"{"schedule": {"kind": "hourly"}}"#, "schedule.kind"),
        (#"{"rule_set": "name: [unclosed"}"#, "rule_set"),
        (#"{"rule_set": "name: x\ncolour: red\n"}"#, "rule_set"),
        (#"{"rule_set_id": "nope"}"#, "rule_set_id"),
        (#"{"rule_set": "name: x", "rule_set_id": "nope"}"#, "rule_set_id"),
    ]

    @Test(arguments: badChanges)
    func badBodiesNameTheField(change: String, field: String) async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let source = try await client.createSource("docs")
            var body: [String: Any] = ["name": "nightly", "source_id": source]
            let changes = try #require(try JSONSerialization.jsonObject(with: Data(change.utf8)) as? [String: Any])
            for (key, value) in changes { body[key] = value }
            let reply = try await client.send(.post, "/api/v1/scans", json: body)
            #expect(reply.status == .unprocessableContent)
            #expect(reply.string("field") == field, "\(reply.text)")
        }
    }

    @Test func ruleSetErrorsGiveLineAndColumn() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let source = try await client.createSource("docs")
            let body: [String: Any] = ["name": "n", "source_id": source, "rule_set": "name: x\n  bad: [\n"]
            let reply = try await client.send(.post, "/api/v1/scans", json: body)
            let detail = try #require(reply.string("detail"))
            #expect(detail.range(of: #"\d+:\d+"#, options: .regularExpression) != nil, "\(detail)")
            #expect(
                try await client.send(.post, "/api/v1/scans", json: ["source_id": source]).string("field") == "name"
            )
        }
    }

    @Test func storedRuleSetIsCopiedIn() async throws {
        let api = try await APIHarness()
        let record = RuleSetRecord(tenantID: APIHarness.tenant, name: "strict", createdAt: Date(), updatedAt: Date())
        try await api.store.save(record)
        _ = try await api.store.addRuleSetVersion(
            record.id,
            tenant: APIHarness.tenant,
            document: Self.ruleSet,
            actor: "test",
            at: Date()
        )
        try await api.test { client async throws in
            let source = try await client.createSource("docs")
            let body: [String: Any] = ["name": "n", "source_id": source, "rule_set_id": record.id.rawValue]
            let created = try await client.send(.post, "/api/v1/scans", json: body)
            #expect(created.status == .created)
            #expect(created.string("rule_set") == Self.ruleSet)
            #expect(created.string("rule_set_id") == record.id.rawValue)
            #expect(created.object["rule_set_version"] as? Int == 1)
            // Another tenant cannot follow it.
            let otherSource = try await client.createSource("docs", as: "other")
            let foreign: [String: Any] = ["name": "n", "source_id": otherSource, "rule_set_id": record.id.rawValue]
            #expect(
                try await client.send(.post, "/api/v1/scans", as: "other", json: foreign).string("field")
                    == "rule_set_id"
            )
        }
    }

    @Test func triggerTwiceReturnsTheActiveRun() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let id = try await client.createScan("nightly")
            let first = try await client.send(.post, "/api/v1/scans/\(id)/trigger", as: "operator")
            let second = try await client.send(.post, "/api/v1/scans/\(id)/trigger", as: "operator")
            #expect(first.status == .created)
            #expect(second.status == .ok)
            let runID = try #require(first.string("id"))
            #expect(second.string("id") == runID)
            #expect(second.object["progress"] is [String: Any])
            let events = try await api.store.runEvents(tenant: APIHarness.tenant, run: nil, afterID: 0, limit: 10)
            #expect(events.map(\.kind) == [.created])
            #expect(try await client.send(.post, "/api/v1/scans/unknown/trigger").status == .notFound)
        }
    }

    @Test func pausedScanCannotBeTriggeredAndResumesAtItsNextSlot() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let schedule = ["kind": "cron", "expression": "0 3 * * *"]
            let id = try await client.createScan("nightly", extra: ["paused": true, "schedule": schedule])
            let refused = try await client.send(.post, "/api/v1/scans/\(id)/trigger", as: "operator")
            #expect(refused.status == .conflict)
            #expect(refused.headers[.contentType] == "application/problem+json")
            // Given a stale next_run_at in the past, activating recomputes it from now.
            try await api.store.setNextRun(
                Identifier(id),
                tenant: APIHarness.tenant,
                at: Date(timeIntervalSince1970: 0)
            )
            let activated = try await client.send(.post, "/api/v1/scans/\(id)/activate", as: "operator")
            #expect(activated.object["paused"] as? Bool == false)
            let next = try #require(activated.string("next_run_at").flatMap { try? Date($0, strategy: .iso8601) })
            #expect(next > Date())
            #expect(try await client.send(.post, "/api/v1/scans/\(id)/trigger", as: "operator").status == .created)
        }
    }

    @Test func firesListTheHandledSlots() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let id = try await client.createScan("nightly")
            let slot = Date(timeIntervalSince1970: 1_800_000_000)
            _ = try await api.store.fireSchedule(
                definitionID: Identifier(id),
                tenant: APIHarness.tenant,
                slot: slot,
                nextRunAt: nil,
                at: Date()
            )
            let fires = try await client.send(.get, "/api/v1/scans/\(id)/fires?limit=5", as: "viewer")
            #expect(fires.items.count == 1)
            #expect(fires.items.first?["outcome"] as? String == "started")
            for limit in ["0", "501", "x"] {
                let reply = try await client.send(.get, "/api/v1/scans/\(id)/fires?limit=\(limit)")
                #expect(reply.status == .badRequest)
                #expect(reply.string("field") == "limit")
            }
        }
    }
}

extension APIHarness.Client {
    /// Registers a filesystem source; returns its id.
    func createSource(_ name: String, as token: String = "admin") async throws -> String {
        let body = ["name": name, "kind": "filesystem", "location": "/srv/\(name)"]
        return try #require(try await send(.post, "/api/v1/sources", as: token, json: body).string("id"))
    }

    /// Registers a source and a manual definition over it; returns the definition's id.
    func createScan(_ name: String, extra: [String: Any] = [:]) async throws -> String {
        var body: [String: Any] = ["name": name, "source_id": try await createSource(name)]
        for (key, value) in extra { body[key] = value }
        let reply = try await send(.post, "/api/v1/scans", json: body)
        return try #require(reply.string("id"), "\(reply.text)")
    }

    /// Triggers a definition; returns the run's id.
    func trigger(_ scanID: String) async throws -> String {
        try #require(try await send(.post, "/api/v1/scans/\(scanID)/trigger", as: "operator").string("id"))
    }
}
