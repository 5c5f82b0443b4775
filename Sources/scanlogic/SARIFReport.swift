import Foundation
import ScanCore
import ScanRules

/// SARIF 2.1.0 output that GitHub code scanning accepts: rules with a security severity,
/// results with a location, a partial fingerprint so alerts track across runs, and their
/// `baselineState` against the previous run.
enum SARIFReport {
    static func render(findings: [Finding], classifiers: [Classifier]) throws -> String {
        let ruleIDs = Array(Set(findings.map(\.detection.ruleID))).sorted()
        let byID = Dictionary(classifiers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let rules = ruleIDs.map { id in rule(id: id, classifier: byID[id], severity: severity(of: id, in: findings)) }
        let index = Dictionary(uniqueKeysWithValues: ruleIDs.enumerated().map { ($1, $0) })
        let results = findings.map { result($0, ruleIndex: index[$0.detection.ruleID] ?? 0) }
        let document: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [
                [
                    "tool": [
                        "driver": [
                            "name": "ScanLogic", "version": "0.1.0",
                            "informationUri": "https://example.invalid/scanlogic", "rules": rules,
                        ]
                    ],
                    "results": results,
                ]
            ],
        ]
        let data = try JSONSerialization.data(
            withJSONObject: document,
            options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        )
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func severity(of ruleID: String, in findings: [Finding]) -> Severity {
        findings.first { $0.detection.ruleID == ruleID }?.detection.severity ?? .medium
    }

    private static func rule(id: String, classifier: Classifier?, severity: Severity) -> [String: Any] {
        let name = classifier?.name ?? id
        return [
            "id": id,
            "name": name.replacingOccurrences(of: " ", with: ""),
            "shortDescription": ["text": name],
            "fullDescription": ["text": classifier.flatMap { $0.summary.isEmpty ? nil : $0.summary } ?? name],
            "defaultConfiguration": ["level": level(severity)],
            "properties": [
                "tags": ["security", classifier?.category.rawValue ?? "custom"],
                "security-severity": securitySeverity(severity),
            ],
        ]
    }

    private static func result(_ finding: Finding, ruleIndex: Int) -> [String: Any] {
        let detection = finding.detection
        var region: [String: Any] = ["startLine": detection.line ?? 1]
        if let column = detection.column { region["startColumn"] = column }
        return [
            "ruleId": detection.ruleID,
            "ruleIndex": ruleIndex,
            "level": level(detection.severity),
            "message": ["text": "\(detection.ruleID) found: \(detection.preview)"],
            "locations": [
                ["physicalLocation": ["artifactLocation": ["uri": detection.assetPath], "region": region]]
            ],
            "partialFingerprints": ["scanlogic/v1": detection.fingerprint],
            "baselineState": baselineState(finding),
        ]
    }

    /// The finding's change since the definition's previous run, in SARIF's terms
    /// (§3.27.24): a reopened finding was absent from the previous run, so it is `new`
    /// again; a fixed one is `absent`.
    static func baselineState(_ finding: Finding) -> String {
        if finding.status == .fixed { return "absent" }
        return switch finding.lastChange {
        case .new, .reopened: "new"
        case .unchanged: "unchanged"
        case .fixed: "absent"
        }
    }

    private static func level(_ severity: Severity) -> String {
        switch severity {
        case .critical, .high: "error"
        case .medium: "warning"
        case .low, .info: "note"
        }
    }

    private static func securitySeverity(_ severity: Severity) -> String {
        switch severity {
        case .critical: "9.5"
        case .high: "8.0"
        case .medium: "5.5"
        case .low: "3.0"
        case .info: "0.0"
        }
    }
}
