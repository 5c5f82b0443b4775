import Foundation
import ScanCore
import ScanTestSupport

/// Builds stores with findings and assets for the control-plane suites.
enum ControlScenario {
    /// Runs `definition` to completion; `objects[path]` lists the detections of each object
    /// and `assets[path]` the assets it reports.
    @discardableResult
    static func run(
        _ store: any ScanStore,
        _ definition: ScanDefinition,
        objects: [String: [Detection]],
        assets: [String: [AssetObservation]] = [:],
        at now: Date = Fixtures.epoch
    ) async throws -> ScanRun {
        let run = try await store.startRun(definitionID: definition.id, tenant: definition.tenantID, at: now).run
        let driver = StoreDriver(store: store, pages: StoreDriver.pages(objects.keys.sorted(), size: 4)) { object in
            let detections = objects[object.path] ?? []
            return ObjectResult(
                object: object,
                outcome: detections.isEmpty ? .clean : .findings,
                assets: assets[object.path] ?? [],
                detections: detections
            )
        }
        try await driver.drain(at: now)
        guard let finished = try await store.run(run.id, tenant: definition.tenantID) else {
            throw ScanError(.notFound, "run vanished")
        }
        return finished
    }

    /// A detection of `ruleID` at `path` with a chosen category and severity.
    static func detection(
        _ ruleID: String,
        path: String,
        value: String,
        category: RuleCategory = .credential,
        severity: Severity = .high
    ) -> Detection {
        var detection = Fixtures.detection(ruleID, path: path, value: value, severity: severity)
        detection.category = category
        return detection
    }

    /// A classification by `ruleID`.
    static func classification(_ ruleID: String) -> Classification {
        Classification(ruleID: ruleID, category: .pii, confidence: 0.9, explanation: "test")
    }
}
