import Foundation
import ScanCore
import ScanTestSupport
import Testing

/// Finding filters of the API and triage that survives later runs.
struct ControlFindingTests {
    private let reviewer = FindingTriage(state: .falsePositive, reason: "test data", actor: "alice", at: Fixtures.epoch)

    /// Four findings in `docs` and one in `other`, with varied rules, categories and paths.
    private func seeded(_ store: any ControlPlaneStore) async throws -> (docs: ScanDefinition, other: ScanDefinition) {
        let docs = try await Fixtures.definition(in: store, name: "docs")
        let other = try await Fixtures.definition(in: store, name: "other")
        try await ControlScenario.run(
            store,
            docs,
            objects: [
                "dir_1/a": [ControlScenario.detection("aws.key", path: "dir_1/a", value: "k1")],
                "dirX1/b": [ControlScenario.detection("email", path: "dirX1/b", value: "e1", category: .pii)],
                "Dir_1/c": [ControlScenario.detection("aws.key", path: "Dir_1/c", value: "k2")],
                "[x]*/d": [ControlScenario.detection("email", path: "[x]*/d", value: "e2", category: .pii)],
            ]
        )
        try await ControlScenario.run(
            store,
            other,
            objects: ["dir_1/z": [ControlScenario.detection("aws.key", path: "dir_1/z", value: "k3")]]
        )
        return (docs, other)
    }

    private func paths(_ store: any ControlPlaneStore, _ query: FindingQuery) async throws -> [String] {
        try await store.findings(query).map(\.detection.assetPath).sorted()
    }

    @Test(arguments: StoreKind.available)
    func findingsAreFilteredBySourceRuleAndCategory(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        let (docs, other) = try await seeded(store)

        #expect(try await paths(store, FindingQuery(sourceID: other.sourceID)) == ["dir_1/z"])
        #expect(
            try await paths(store, FindingQuery(sourceID: docs.sourceID, ruleID: "aws.key")) == ["Dir_1/c", "dir_1/a"]
        )
        #expect(try await paths(store, FindingQuery(category: .pii)) == ["[x]*/d", "dirX1/b"])
        #expect(try await store.findings(FindingQuery(tenantID: TenantID("t2"))).isEmpty)
    }

    @Test(arguments: StoreKind.available)
    func aPathPrefixMatchesLiterally(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        let (docs, _) = try await seeded(store)

        // `_` is not a wildcard, case matters, and glob characters are plain text
        #expect(try await paths(store, FindingQuery(definitionID: docs.id, assetPathPrefix: "dir_1/")) == ["dir_1/a"])
        #expect(try await paths(store, FindingQuery(assetPathPrefix: "[x]*")) == ["[x]*/d"])
        #expect(try await paths(store, FindingQuery(assetPathPrefix: "%")).isEmpty)
    }

    @Test(arguments: StoreKind.available)
    func filtersStillPageById(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        _ = try await seeded(store)

        let page1 = try await store.findings(FindingQuery(limit: 2, ruleID: "aws.key"))
        let page2 = try await store.findings(FindingQuery(afterID: page1.last?.id, limit: 2, ruleID: "aws.key"))

        #expect(page1.count == 2)
        #expect(page2.count == 1)
        #expect((page1 + page2).map(\.id) == (page1 + page2).map(\.id).sorted())
    }

    @Test(arguments: StoreKind.available)
    func triageIsSetFilteredAndCleared(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        let (docs, _) = try await seeded(store)
        let ids = try await store.findings(FindingQuery(definitionID: docs.id, ruleID: "aws.key")).map(\.id)

        let updated = try await store.triage(ids + [999_999], tenant: Tenant.defaultID, triage: reviewer)
        let foreign = try await store.triage(ids, tenant: TenantID("t2"), triage: nil)

        #expect(updated.map(\.id) == ids)
        #expect(updated.allSatisfy { $0.triage == reviewer })
        #expect(foreign.isEmpty)
        #expect(try await store.finding(ids[0], tenant: Tenant.defaultID)?.triage == reviewer)
        #expect(try await store.finding(ids[0], tenant: TenantID("t2")) == nil)
        #expect(try await store.findings(FindingQuery(triage: .state(.falsePositive))).map(\.id) == ids)
        #expect(try await store.findings(FindingQuery(triage: .state(.ignored))).isEmpty)
        #expect(try await store.findings(FindingQuery(triage: .untriaged)).count == 3)

        let cleared = try await store.triage([ids[0]], tenant: Tenant.defaultID, triage: nil)

        #expect(cleared.first?.triage == nil)
        #expect(try await store.findings(FindingQuery(triage: .untriaged)).count == 4)
    }

    @Test(arguments: StoreKind.available)
    func triageSurvivesLaterRuns(kind: StoreKind) async throws {
        // Given two triaged findings
        let store = try await kind.makeControlStore()
        let definition = try await Fixtures.definition(in: store)
        let seen = ControlScenario.detection("aws.key", path: "a", value: "k1")
        let gone = ControlScenario.detection("aws.key", path: "b", value: "k2")
        try await ControlScenario.run(store, definition, objects: ["a": [seen], "b": [gone]])
        let ids = try await store.findings(FindingQuery(definitionID: definition.id)).map(\.id)
        _ = try await store.triage(ids, tenant: Tenant.defaultID, triage: reviewer)

        // When a later run sees one again and no longer sees the other
        let later = try await ControlScenario.run(store, definition, objects: ["a": [seen], "b": []])

        // Then both keep their triage while their status follows the scan
        let findings = try await store.findings(FindingQuery(definitionID: definition.id))
            .sorted { $0.detection.assetPath < $1.detection.assetPath }
        #expect(later.counters.findingsUnchanged == 1)
        #expect(later.counters.findingsFixed == 1)
        #expect(findings.map(\.status) == [.open, .fixed])
        #expect(findings.first?.lastSeenRun == later.id)
        #expect(findings.allSatisfy { $0.triage == reviewer })
    }
}
