import Foundation
import ScanCore
import ScanTestSupport
import Testing

/// Findings across runs: new, unchanged, fixed, reopened, and no false "fixed".
struct FindingMergeTests {
    /// Runs the definition once; `values[path]` lists the secret values found in each object,
    /// and objects in `failing` fail to fetch.
    private func runOnce(
        _ store: any ScanStore,
        _ definition: ScanDefinition,
        values: [String: [String]],
        failing: Set<String> = []
    ) async throws -> ScanRun {
        let run = try await store.startRun(definitionID: definition.id, tenant: Tenant.defaultID, at: Fixtures.epoch)
            .run
        let paths = values.keys.sorted()
        let driver = StoreDriver(store: store, pages: StoreDriver.pages(paths, size: 2)) { object in
            if failing.contains(object.path) {
                return ObjectResult(object: object, outcome: .fetchFailed(reason: "io"))
            }
            let detections = (values[object.path] ?? []).map {
                Fixtures.detection("secret.test", path: object.path, value: $0)
            }
            return ObjectResult(
                object: object,
                outcome: detections.isEmpty ? .clean : .findings,
                detections: detections
            )
        }
        try await driver.drain()
        return try #require(try await store.run(run.id, tenant: Tenant.defaultID))
    }

    @Test(arguments: StoreKind.available)
    func findingsMoveThroughNewUnchangedFixedAndReopened(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let definition = try await Fixtures.definition(in: store)

        let first = try await runOnce(store, definition, values: ["a": ["k1"], "b": ["k2"]])
        let second = try await runOnce(store, definition, values: ["a": ["k1"], "b": []])
        let third = try await runOnce(store, definition, values: ["a": ["k1"], "b": ["k2"]])

        #expect(first.counters.findingsNew == 2)
        #expect(second.counters.findingsUnchanged == 1)
        #expect(second.counters.findingsFixed == 1)
        #expect(third.counters.findingsUnchanged == 1)
        #expect(third.counters.findingsReopened == 1)
        let all = try await store.findings(FindingQuery(definitionID: definition.id))
        #expect(all.count == 2)
        #expect(all.allSatisfy { $0.status == .open && $0.firstSeenRun == first.id && $0.lastSeenRun == third.id })
    }

    @Test(arguments: StoreKind.available)
    func anObjectThatFailedKeepsItsFindingsOpen(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let definition = try await Fixtures.definition(in: store)
        _ = try await runOnce(store, definition, values: ["a": ["k1"]])

        let second = try await runOnce(store, definition, values: ["a": []], failing: ["a"])

        #expect(second.counters.findingsFixed == 0)
        #expect(second.counters.failed == 1)
        let finding = try #require(try await store.findings(FindingQuery(definitionID: definition.id)).first)
        #expect(finding.status == .open)
    }

    @Test(arguments: StoreKind.available)
    func aDeletedObjectsFindingsAreFixed(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let definition = try await Fixtures.definition(in: store)
        _ = try await runOnce(store, definition, values: ["a": ["k1"], "gone": ["k2"]])

        let second = try await runOnce(store, definition, values: ["a": ["k1"]])

        #expect(second.counters.findingsFixed == 1)
        let fixed = try await store.findings(FindingQuery(definitionID: definition.id, status: .fixed))
        #expect(fixed.map(\.detection.assetPath) == ["gone"])
        #expect(fixed.first?.lastChange == .fixed)
    }

    @Test(arguments: StoreKind.available)
    func findingsAreFilteredBySeverityAndPaged(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let definition = try await Fixtures.definition(in: store)
        _ = try await runOnce(store, definition, values: ["a": ["k1", "k2", "k3"]])

        let page1 = try await store.findings(FindingQuery(definitionID: definition.id, limit: 2))
        let page2 = try await store.findings(
            FindingQuery(definitionID: definition.id, afterID: page1.last?.id, limit: 2)
        )
        let critical = try await store.findings(FindingQuery(definitionID: definition.id, minSeverity: .critical))

        #expect(page1.count == 2)
        #expect(page2.count == 1)
        #expect(Set((page1 + page2).map(\.id)).count == 3)
        #expect(critical.isEmpty)
    }

    @Test(arguments: StoreKind.available)
    func theCatalogRecordsAssetsAndTheirOutcome(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let definition = try await Fixtures.definition(in: store)
        let run = try await store.startRun(definitionID: definition.id, tenant: Tenant.defaultID, at: Fixtures.epoch)
            .run
        let driver = StoreDriver(store: store, pages: StoreDriver.pages(["dir/f.txt"], size: 2)) { object in
            let assets = [
                AssetObservation(path: "dir", parentPath: nil, kind: .directory),
                AssetObservation(path: "dir/f.txt", parentPath: "dir", kind: .file, size: 10),
            ]
            return ObjectResult(object: object, outcome: .clean, assets: assets)
        }
        try await driver.drain()

        let assets = try await store.assets(source: definition.sourceID, tenant: Tenant.defaultID)
        #expect(assets.map(\.path) == ["dir", "dir/f.txt"])
        #expect(assets.last?.lastOutcome == "clean")
        #expect(assets.allSatisfy { $0.firstSeenRun == run.id })
    }
}
