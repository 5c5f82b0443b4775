import Foundation
import ScanCore
import ScanStoreSQLite
import ScanTestSupport

/// Findings, assets and rule sets for the catalog suites, produced through the pipeline's
/// store methods (start a run, then claim and complete its jobs) like a real scan.
enum CatalogFixtures {
    /// A rule-set document with one custom regex rule.
    static let document = """
        name: employees
        custom_rules:
          - id: custom.employee_id
            regex: 'EMP-[0-9]{6}'
            severity: high
        """

    /// What a seeded tenant holds.
    struct Seed {
        var definition: ScanDefinition
        var run: ScanRun
    }

    /// Runs a definition over `objects` (detections per path) with `assets` per path.
    @discardableResult
    static func scan(
        _ store: SQLiteScanStore,
        tenant: TenantID = APIHarness.tenant,
        name: String = "docs",
        objects: [String: [Detection]],
        assets: [String: [AssetObservation]] = [:]
    ) async throws -> Seed {
        let definition = try await Fixtures.definition(in: store, name: name, tenant: tenant)
        let run = try await store.startRun(definitionID: definition.id, tenant: tenant, at: Fixtures.epoch).run
        let driver = StoreDriver(store: store, pages: StoreDriver.pages(objects.keys.sorted(), size: 4)) { object in
            let detections = objects[object.path] ?? []
            return ObjectResult(
                object: object,
                outcome: detections.isEmpty ? .clean : .findings,
                assets: assets[object.path] ?? [],
                detections: detections
            )
        }
        try await driver.drain()
        return Seed(definition: definition, run: run)
    }

    /// `count` findings of tenant acme, one per file `f<n>.txt`, alternating severities.
    @discardableResult
    static func findings(
        _ store: SQLiteScanStore,
        count: Int,
        tenant: TenantID = APIHarness.tenant
    ) async throws
        -> Seed
    {
        var objects: [String: [Detection]] = [:]
        for index in 0..<count {
            let path = "dir/f\(index).txt"
            let severity: Severity = index.isMultiple(of: 2) ? .critical : .low
            objects[path] = [detection("secret.test", path: path, value: "v\(index)", severity: severity)]
        }
        return try await scan(store, tenant: tenant, objects: objects)
    }

    /// A detection with a category that depends on the rule.
    static func detection(_ ruleID: String, path: String, value: String, severity: Severity = .high) -> Detection {
        var detection = Fixtures.detection(ruleID, path: path, value: value, severity: severity)
        detection.category = ruleID.hasPrefix("pii.") ? .pii : .credential
        return detection
    }

    /// A small tree: `dir` with two files, and `top.txt`.
    static let tree: [String: [AssetObservation]] = [
        "dir/a.txt": [
            AssetObservation(path: "dir", parentPath: nil, kind: .directory),
            AssetObservation(path: "dir/a.txt", parentPath: "dir", kind: .file, classifications: [email]),
        ],
        "dir/b.txt": [
            AssetObservation(path: "dir", parentPath: nil, kind: .directory),
            AssetObservation(path: "dir/b.txt", parentPath: "dir", kind: .file),
        ],
        "top.txt": [AssetObservation(path: "top.txt", parentPath: nil, kind: .file)],
    ]

    static let email = Classification(ruleID: "pii.email", category: .pii, confidence: 0.9, explanation: "test")
}
