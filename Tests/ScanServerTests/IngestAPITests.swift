import Foundation
import HTTPTypes
import ScanCore
import ScanIngest
import ScanServer
import ScanStoreSQLite
import ScanTestSupport
import Testing

@Suite("Ingest API")
struct IngestAPITests {
    /// A password made at run time, which Bandit-like snippets quote.
    private let secret = "pw" + UUID().uuidString.replacingOccurrences(of: "-", with: "")

    /// A SARIF log with one run per tool; each result is `(rule, file, line, snippet)`.
    private func sarif(_ runs: [String: [(String, String, Int, String)]]) throws -> String {
        let documentRuns = runs.keys.sorted().map { tool -> [String: Any] in
            let results = (runs[tool] ?? []).map { rule, file, line, snippet -> [String: Any] in
                [
                    "ruleId": rule,
                    "level": "error",
                    "message": ["text": "\(rule) flagged"],
                    "locations": [
                        [
                            "physicalLocation": [
                                "artifactLocation": ["uri": "file:///checkout/\(file)"],
                                "region": ["startLine": line, "snippet": ["text": snippet]],
                            ]
                        ]
                    ],
                ]
            }
            return ["tool": ["driver": ["name": tool, "version": "1.0"]], "results": results]
        }
        let data = try JSONSerialization.data(withJSONObject: ["version": "2.1.0", "runs": documentRuns])
        return String(decoding: data, as: UTF8.self)
    }

    private func totals(_ reply: APIHarness.Reply) -> [Int] {
        let findings = reply.object["findings"] as? [String: Int] ?? [:]
        return ["new", "unchanged", "fixed", "reopened"].map { findings[$0] ?? -1 }
    }

    @Test func aSARIFReportIsTrackedAcrossIngests() async throws {
        let api = try await APIHarness()
        try await Fixtures.definition(in: api.store, name: "app", tenant: APIHarness.tenant)
        let password = "password = '\(secret)'"
        try await api.test { client async throws in
            let first = try sarif([
                "bandit": [("B105", "app/db.py", 3, password), ("B301", "app/load.py", 8, "pickle.loads(data)")],
                "semgrep": [("python.eval", "app/run.py", 2, "eval(x)")],
            ])
            let second = try sarif([
                "bandit": [("B105", "app/db.py", 9, password)],
                "semgrep": [("python.eval", "app/run.py", 2, "eval(x)")],
            ])

            let one = try await client.send(.post, "/api/v1/ingest/sarif?scan=app&root=/checkout", rawBody: first)
            let two = try await client.send(.post, "/api/v1/ingest/sarif?scan=app&root=/checkout", rawBody: second)

            #expect(one.status == .created && two.status == .created)
            #expect(totals(one) == [3, 0, 0, 0])
            #expect(totals(two) == [0, 2, 1, 0])
            let runs = two.object["runs"] as? [[String: Any]] ?? []
            #expect(runs.map { $0["tool"] as? String } == ["bandit", "semgrep"])
            #expect(runs.allSatisfy { $0["origin"] as? String == "ingest" && $0["status"] as? String == "completed" })
            let listed = try await client.send(.get, "/api/v1/findings?status=open", as: "viewer")
            let paths = listed.items.compactMap { ($0["detection"] as? [String: Any])?["asset_path"] as? String }
            #expect(paths.sorted() == ["app/db.py", "app/run.py"])
            #expect(listed.items.allSatisfy { $0["tool"] as? String != nil && $0["message"] as? String != nil })
            #expect(!one.text.contains(secret) && !two.text.contains(secret) && !listed.text.contains(secret))
        }
        let stored = try await api.store.findings(FindingQuery(tenantID: APIHarness.tenant))
        #expect(stored.allSatisfy { !$0.detection.preview.contains(secret) && $0.message?.contains(secret) != true })
    }

    @Test func aNativeReportAndTheFingerprintCheck() async throws {
        let api = try await APIHarness()
        try await Fixtures.definition(in: api.store, name: "app", tenant: APIHarness.tenant)
        let report = try JSONSerialization.data(withJSONObject: [
            "version": "1",
            "tool": ["name": "trivy", "version": "0.50"],
            "targets": [["type": "repository", "identifier": "github.com/acme/app"]],
            "findings": [
                [
                    "rule_id": "CVE-2021-23337", "message": "lodash command injection", "severity": "high",
                    "path": "package-lock.json", "fingerprint": "trivy:lodash:CVE-2021-23337",
                    "target": "github.com/acme/app",
                ]
            ],
            "dependencies": [
                ["name": "lodash", "version": "4.17.20", "ecosystem": "npm", "target": "github.com/acme/app"]
            ],
        ])
        let body = String(decoding: report, as: UTF8.self)
        try await api.test { client async throws in
            let stored = try await client.send(.post, "/api/v1/ingest?scan=app", as: "agent", rawBody: body)
            let findings = try await api.store.findings(FindingQuery(tenantID: APIHarness.tenant))
            let fingerprint = try #require(findings.first?.detection.fingerprint)
            let check = try await client.send(
                .post,
                "/api/v1/ingest/check?scan=app",
                as: "viewer",
                json: ["fingerprints": [fingerprint, "not-a-known-one"]]
            )

            #expect(stored.status == .created && totals(stored) == [1, 0, 0, 0])
            let known = check.object["known"] as? [[String: Any]] ?? []
            #expect(known.map { $0["fingerprint"] as? String } == [fingerprint])
            #expect(known.first?["status"] as? String == "open")
            #expect(check.object["unknown"] as? [String] == ["not-a-known-one"])
        }
        let definition = try #require(try await api.store.definition(named: "app", tenant: APIHarness.tenant))
        let dependencies = try await api.store.dependencies(definitionID: definition.id, tenant: APIHarness.tenant)
        #expect(dependencies.map(\.dependency.name) == ["lodash"])
    }

    @Test func anAssetBoundReportFixesOnlyUnderItsAsset() async throws {
        let api = try await APIHarness()
        let assets = [
            "one/a.py": [AssetObservation(path: "one", parentPath: nil, kind: .directory)],
            "two/b.py": [AssetObservation(path: "two", parentPath: nil, kind: .directory)],
        ]
        try await CatalogFixtures.scan(
            api.store,
            name: "repos",
            objects: ["one/a.py": [], "two/b.py": []],
            assets: assets
        )
        let report = try sarif(["bandit": [("B301", "load.py", 4, "pickle.loads(data)")]])
        let empty = try sarif(["bandit": []])
        try await api.test { client async throws in
            let early = try await client.send(
                .post,
                "/api/v1/ingest/check?source=repos&asset=one",
                as: "viewer",
                json: ["fingerprints": ["abc"]]
            )
            #expect(early.status == .ok && early.object["unknown"] as? [String] == ["abc"])
            #expect(try await api.store.definition(named: "ingest:repos", tenant: APIHarness.tenant) == nil)

            let one = try await client.send(
                .post,
                "/api/v1/ingest/sarif?source=repos&asset=one&root=/checkout",
                rawBody: report
            )
            let two = try await client.send(
                .post,
                "/api/v1/ingest/sarif?source=repos&asset=two&root=/checkout",
                rawBody: report
            )
            let again = try await client.send(
                .post,
                "/api/v1/ingest/sarif?source=repos&asset=one&root=/checkout",
                rawBody: empty
            )
            let missing = try await client.send(.post, "/api/v1/ingest/sarif?source=repos&asset=three", rawBody: report)

            #expect(totals(one) == [1, 0, 0, 0] && totals(two) == [1, 0, 0, 0])
            #expect(totals(again) == [0, 0, 1, 0])
            #expect(missing.status == .notFound)
        }
        let open = try await api.store.findings(FindingQuery(tenantID: APIHarness.tenant, status: .open))
        #expect(open.map(\.detection.assetPath) == ["two/load.py"])
        let holder = try await api.store.definition(named: "ingest:repos", tenant: APIHarness.tenant)
        #expect(open.first?.definitionID == holder?.id)
    }

    @Test func badReportsGetClearAnswers() async throws {
        let api = try await APIHarness(ingestLimits: IngestLimits(maximumBytes: 4_000, maximumResults: 2))
        try await Fixtures.definition(in: api.store, name: "app", tenant: APIHarness.tenant)
        let three = try sarif(["bandit": (1...3).map { ("B10\($0)", "a.py", $0, "x = \($0)") }])
        try await api.test { client async throws in
            let invalid = try await client.send(
                .post,
                "/api/v1/ingest/sarif?scan=app",
                rawBody: #"{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "t"}}, "results": [{}]}]}"#
            )
            let tooMany = try await client.send(.post, "/api/v1/ingest/sarif?scan=app", rawBody: three)
            let tooBig = try await client.send(
                .post,
                "/api/v1/ingest/sarif?scan=app",
                rawBody: String(repeating: " ", count: 5_000) + "{}"
            )
            let unbound = try await client.send(.post, "/api/v1/ingest/sarif", rawBody: three)
            let unknown = try await client.send(.post, "/api/v1/ingest/sarif?scan=nope", rawBody: three)
            let viewer = try await client.send(.post, "/api/v1/ingest/sarif?scan=app", as: "viewer", rawBody: three)
            let reserved = try await client.send(
                .post,
                "/api/v1/ingest/sarif?scan=app",
                rawBody: try sarif(["ScanLogic": [("R1", "a.py", 1, "x")]])
            )

            #expect(invalid.status == .unprocessableContent)
            #expect(invalid.string("detail")?.contains("runs[0].results[0].message") == true)
            #expect(tooMany.status == .contentTooLarge && tooMany.string("detail")?.contains("2") == true)
            #expect(tooBig.status == .contentTooLarge && tooBig.string("detail")?.contains("4000") == true)
            #expect(unbound.status == .badRequest)
            #expect(unknown.status == .notFound)
            #expect(viewer.status == .forbidden)
            #expect(reserved.status == .unprocessableContent && reserved.string("detail")?.contains("reserved") == true)
        }
        #expect(try await api.store.findings(FindingQuery(tenantID: APIHarness.tenant)).isEmpty)
    }
}

@Suite("Tool command API")
struct ToolCommandAPITests {
    @Test func aScanCanRunAnExternalToolAndGoBackToItsRules() async throws {
        let api = try await APIHarness()
        let source = DataSource(
            tenantID: APIHarness.tenant,
            name: "code",
            kind: .filesystem,
            location: "/srv/code",
            createdAt: Date()
        )
        try await api.store.save(source)
        try await api.test { client async throws in
            let created = try await client.send(
                .post,
                "/api/v1/scans",
                json: [
                    "name": "bandit", "source_id": source.id.rawValue,
                    "tool_command": [
                        "arguments": ["bandit", "-r", "{target}", "-f", "sarif", "-o", "{output}"],
                        "exit_codes": [0, 1], "timeout_seconds": 120,
                    ],
                ]
            )
            let id = try #require(created.string("id"))
            let tool = created.object["tool_command"] as? [String: Any]
            let badPlaceholder = try await client.send(
                .patch,
                "/api/v1/scans/\(id)",
                json: ["tool_command": ["arguments": ["bandit", "{checkout}"]]]
            )
            let removed = try await client.send(.patch, "/api/v1/scans/\(id)", json: ["tool_command": NSNull()])

            #expect(created.status == .created)
            #expect(tool?["exit_codes"] as? [Int] == [0, 1] && tool?["format"] as? String == "sarif")
            #expect(badPlaceholder.status == .unprocessableContent)
            #expect(badPlaceholder.string("detail")?.contains("unknown placeholder {checkout}") == true)
            #expect(removed.status == .ok && removed.object["tool_command"] == nil)
        }
        let stored = try await api.store.definition(named: "bandit", tenant: APIHarness.tenant)
        #expect(stored != nil && stored?.toolCommand == nil)
    }
}
