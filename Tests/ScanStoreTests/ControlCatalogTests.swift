import Foundation
import ScanCore
import ScanTestSupport
import Testing

/// Browsing the asset tree and dashboard totals.
struct ControlCatalogTests {
    private let tree: [String: [AssetObservation]] = [
        "dir/a.txt": [
            AssetObservation(path: "dir", parentPath: nil, kind: .directory),
            AssetObservation(
                path: "dir/a.txt",
                parentPath: "dir",
                kind: .file,
                classifications: [ControlScenario.classification("email"), ControlScenario.classification("email")]
            ),
        ],
        "dir/b.txt": [
            AssetObservation(path: "dir", parentPath: nil, kind: .directory),
            AssetObservation(
                path: "dir/b.txt",
                parentPath: "dir",
                kind: .file,
                classifications: [ControlScenario.classification("email"), ControlScenario.classification("iban")]
            ),
        ],
        "top.txt": [AssetObservation(path: "top.txt", parentPath: nil, kind: .file)],
    ]

    @Test(arguments: StoreKind.available)
    func assetsAreListedOneLevelAtATime(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        let definition = try await Fixtures.definition(in: store)
        try await ControlScenario.run(
            store,
            definition,
            objects: ["dir/a.txt": [], "dir/b.txt": [], "top.txt": []],
            assets: tree
        )

        let top = try await store.assets(source: definition.sourceID, tenant: Tenant.defaultID, parentPath: nil)
        let dir = try await store.assets(source: definition.sourceID, tenant: Tenant.defaultID, parentPath: "dir")
        let one = try await store.asset(source: definition.sourceID, tenant: Tenant.defaultID, path: "dir/b.txt")

        #expect(top.map(\.path) == ["dir", "top.txt"])
        #expect(dir.map(\.path) == ["dir/a.txt", "dir/b.txt"])
        #expect(one?.classifications.map(\.ruleID) == ["email", "iban"])
        #expect(try await store.asset(source: definition.sourceID, tenant: Tenant.defaultID, path: "nope") == nil)
        #expect(try await store.asset(source: definition.sourceID, tenant: TenantID("t2"), path: "dir") == nil)
        #expect(try await store.assets(source: definition.sourceID, tenant: TenantID("t2"), parentPath: nil).isEmpty)
    }

    @Test(arguments: StoreKind.available)
    func statsCountOpenUntriagedFindingsRunsAndAssets(kind: StoreKind) async throws {
        // Given two sources, a fixed finding, a triaged one, an active run and another tenant
        let store = try await kind.makeControlStore()
        let docs = try await Fixtures.definition(in: store, name: "docs")
        let mail = try await Fixtures.definition(in: store, name: "mail")
        let gone = ControlScenario.detection("aws.key", path: "dir/b.txt", value: "k0", severity: .critical)
        try await ControlScenario.run(
            store,
            docs,
            objects: ["dir/a.txt": [], "dir/b.txt": [gone], "top.txt": []],
            assets: tree
        )
        try await ControlScenario.run(
            store,
            docs,
            objects: [
                "dir/a.txt": [
                    ControlScenario.detection("aws.key", path: "dir/a.txt", value: "k1", severity: .critical),
                    ControlScenario.detection("email", path: "dir/a.txt", value: "e1", category: .pii),
                ],
                "dir/b.txt": [],
            ]
        )
        let triaged = ControlScenario.detection("email", path: "m", value: "e2", category: .pii, severity: .low)
        try await ControlScenario.run(
            store,
            mail,
            objects: [
                "m": [triaged],
                "n": [
                    ControlScenario.detection("email", path: "n", value: "e3", category: .pii, severity: .low)
                ],
            ]
        )
        let triagedID = try #require(try await store.findings(FindingQuery(assetPathPrefix: "m")).first?.id)
        let decision = FindingTriage(state: .acceptedRisk, reason: "ok", actor: "bob", at: Fixtures.epoch)
        _ = try await store.triage([triagedID], tenant: Tenant.defaultID, triage: decision)
        let foreign = try await Fixtures.definition(in: store, name: "foreign", tenant: TenantID("t2"))
        try await ControlScenario.run(
            store,
            foreign,
            objects: ["x": [ControlScenario.detection("r", path: "x", value: "v")]]
        )
        // Started last: the driver above would otherwise run it too
        _ = try await store.startRun(definitionID: mail.id, tenant: Tenant.defaultID, at: Fixtures.epoch)

        // When the totals are read
        let stats = try await store.stats(tenant: Tenant.defaultID)

        // Then only open, untriaged findings of the tenant count as open
        #expect(stats.openFindingsBySeverity == [.critical: 1, .high: 1, .low: 1])
        #expect(stats.openFindingsByCategory == [.credential: 1, .pii: 2])
        #expect(stats.openFindingsBySource == [docs.sourceID.rawValue: 2, mail.sourceID.rawValue: 1])
        #expect(stats.findingsByTriage == [.acceptedRisk: 1])
        #expect(stats.assetsByClassification == ["email": 2, "iban": 1])
        #expect(stats.runsByStatus == [.completed: 3, .pending: 1])
    }
}
