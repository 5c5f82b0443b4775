import Foundation
import ScanCore
import ScanTestSupport
import Testing

/// Other scanners' reports stored as runs: new, unchanged, fixed and reopened per scope,
/// triage respected, other tools and assets left alone, in one transaction.
struct IngestStoreTests {
    private func finding(_ key: String, tool: String = "bandit", path: String? = nil, line: Int = 3) -> IngestedFinding
    {
        IngestedFinding(
            fingerprint: "fp-\(tool)-\(key)",
            identity: .content,
            tool: tool,
            ruleID: "B\(key.count)01",
            message: "issue \(key)",
            severity: .high,
            path: path ?? "src/\(key).py",
            line: line,
            endLine: line + 1,
            column: 5,
            preview: "call(***)",
            snippetHash: "hash-\(key)",
            tags: ["external/cwe/cwe-78"]
        )
    }

    private func ingest(
        _ store: any ScanStore,
        _ definition: ScanDefinition,
        _ findings: [IngestedFinding],
        tool: String = "bandit",
        prefix: String? = nil
    ) async throws -> ScanRun {
        let scope = IngestScope(definitionID: definition.id, tool: tool, pathPrefix: prefix)
        let runs = try await store.ingest([
            IngestBatch(scope: scope, toolVersion: "1.9", findings: findings, at: Fixtures.epoch)
        ])
        return try #require(runs.first)
    }

    private func counts(_ run: ScanRun) -> [Int] {
        [
            run.counters.findingsNew, run.counters.findingsUnchanged, run.counters.findingsFixed,
            run.counters.findingsReopened,
        ]
    }

    @Test(arguments: StoreKind.available)
    func reingestsCountNewUnchangedFixedAndReopened(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let definition = try await Fixtures.definition(in: store)

        let first = try await ingest(store, definition, [finding("a"), finding("b")])
        let second = try await ingest(store, definition, [finding("a", line: 9), finding("c")])
        let third = try await ingest(store, definition, [finding("a"), finding("b"), finding("c")])

        #expect(counts(first) == [2, 0, 0, 0])
        #expect(counts(second) == [1, 1, 1, 0])
        #expect(counts(third) == [0, 2, 0, 1])
        #expect(first.origin == .ingest && first.tool == "bandit" && first.toolVersion == "1.9")
        #expect(first.status == .completed && first.finishedAt != nil)
        let stored = try await store.findings(FindingQuery(definitionID: definition.id))
        #expect(stored.count == 3)
        #expect(stored.allSatisfy { $0.status == .open && $0.lastSeenRun == third.id && $0.tool == "bandit" })
        let a = try #require(stored.first { $0.detection.fingerprint == "fp-bandit-a" })
        #expect(a.detection.category == .code && a.firstSeenRun == first.id && a.lastChange == .unchanged)
        #expect(a.message == "issue a" && a.endLine == 4 && a.tags == ["external/cwe/cwe-78"])
        #expect(stored.first { $0.detection.fingerprint == "fp-bandit-b" }?.lastChange == .reopened)
    }

    @Test(arguments: StoreKind.available)
    func aTriagedFindingIsNeverRevived(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        let definition = try await Fixtures.definition(in: store)
        _ = try await ingest(store, definition, [finding("a")])
        let id = try #require(try await store.findings(FindingQuery(definitionID: definition.id)).first?.id)
        let decision = FindingTriage(state: .falsePositive, reason: "test data", actor: "alice", at: Fixtures.epoch)
        _ = try await store.triage([id], tenant: Tenant.defaultID, triage: decision)

        let gone = try await ingest(store, definition, [])
        let back = try await ingest(store, definition, [finding("a")])

        #expect(counts(gone) == [0, 0, 1, 0])
        #expect(counts(back) == [0, 1, 0, 0])
        let stored = try #require(try await store.finding(id, tenant: Tenant.defaultID))
        #expect(stored.triage == decision && stored.lastChange == .unchanged)
    }

    @Test(arguments: StoreKind.available)
    func anIngestFixesOnlyItsOwnToolAndAsset(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let definition = try await Fixtures.definition(in: store)
        _ = try await ingest(store, definition, [finding("s", tool: "semgrep")], tool: "semgrep")
        _ = try await ingest(store, definition, [finding("x", path: "one/x.py")], prefix: "one")
        _ = try await ingest(store, definition, [finding("y", path: "two/y.py")], prefix: "two")

        let rerun = try await ingest(store, definition, [], prefix: "one")

        #expect(counts(rerun) == [0, 0, 1, 0])
        let open = try await store.findings(FindingQuery(definitionID: definition.id, status: .open))
        #expect(Set(open.map(\.detection.fingerprint)) == ["fp-semgrep-s", "fp-bandit-y"])
    }

    @Test(arguments: StoreKind.available)
    func aScanAndAnIngestOfOneDefinitionLeaveEachOthersFindings(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let definition = try await Fixtures.definition(in: store)
        _ = try await ingest(store, definition, [finding("a")])
        let run = try await store.startRun(definitionID: definition.id, tenant: Tenant.defaultID, at: Fixtures.epoch)
        let driver = StoreDriver(store: store, pages: StoreDriver.pages(["notes.txt"], size: 2)) { object in
            ObjectResult(object: object, outcome: .clean)
        }
        try await driver.drain()
        let emptyIngest = try await ingest(store, definition, [], tool: "gitleaks")

        let scanned = try #require(try await store.run(run.run.id, tenant: Tenant.defaultID))
        #expect(scanned.status == .completed && scanned.counters.findingsFixed == 0 && scanned.origin == .scan)
        #expect(counts(emptyIngest) == [0, 0, 0, 0])
        let open = try await store.findings(FindingQuery(definitionID: definition.id, status: .open))
        #expect(open.map(\.detection.fingerprint) == ["fp-bandit-a"])
    }

    @Test(arguments: StoreKind.available)
    func oneReportIsOneTransaction(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let definition = try await Fixtures.definition(in: store)
        let good = IngestBatch(
            scope: IngestScope(definitionID: definition.id, tool: "bandit"),
            findings: [finding("a")],
            at: Fixtures.epoch
        )
        let unknown = IngestBatch(
            scope: IngestScope(definitionID: .random(), tool: "semgrep"),
            findings: [],
            at: Fixtures.epoch
        )

        let error = await #expect(throws: ScanError.self) { _ = try await store.ingest([good, unknown]) }

        #expect(error?.code == .notFound)

        #expect(try await store.findings(FindingQuery(definitionID: definition.id)).isEmpty)
        #expect(try await store.runs(tenant: Tenant.defaultID, definitionID: definition.id, limit: 10).isEmpty)
    }

    @Test(arguments: StoreKind.available)
    func aRepeatedFingerprintIsOneFindingAndLargeReportsFit(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let definition = try await Fixtures.definition(in: store)
        let many = (0..<3_000).map { finding("n\($0)") }

        let first = try await ingest(store, definition, many + [finding("n7", line: 40)])
        let second = try await ingest(store, definition, Array(many.dropFirst(1_000)))

        #expect(counts(first) == [3_000, 0, 0, 0])
        #expect(counts(second) == [0, 2_000, 1_000, 0])
    }

    @Test(arguments: StoreKind.available)
    func knownFindingsAndDependenciesAreReadBack(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        let definition = try await Fixtures.definition(in: store)
        let scope = IngestScope(definitionID: definition.id, tool: "trivy")
        let lodash = IngestedDependency(name: "lodash", version: "4.17.21", ecosystem: "npm", purl: nil, target: "repo")
        let left = IngestedDependency(name: "left-pad", version: "1.3.0", ecosystem: "npm", purl: nil, target: nil)
        let report = IngestBatch(
            scope: scope,
            findings: [finding("a", tool: "trivy")],
            dependencies: [lodash, left],
            at: Fixtures.epoch
        )
        _ = try await store.ingest([report])
        _ = try await ingest(store, definition, [finding("a", tool: "trivy")], tool: "trivy")

        let known = try await store.knownFindings(
            definitionID: definition.id,
            tenant: Tenant.defaultID,
            fingerprints: ["fp-trivy-a", "fp-unknown"]
        )
        let kept = try await store.dependencies(definitionID: definition.id, tenant: Tenant.defaultID)
        let replaced = IngestBatch(scope: scope, findings: [], dependencies: [lodash], at: Fixtures.epoch)
        _ = try await store.ingest([replaced])
        let after = try await store.dependencies(definitionID: definition.id, tenant: Tenant.defaultID)

        #expect(known.map(\.fingerprint) == ["fp-trivy-a"] && known.first?.status == .open)
        #expect(kept.map(\.dependency.name) == ["left-pad", "lodash"])
        #expect(kept.map(\.target) == ["", "repo"])
        #expect(after.map(\.dependency) == [lodash])
    }
}
