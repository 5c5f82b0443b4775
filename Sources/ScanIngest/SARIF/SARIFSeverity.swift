import Foundation
import ScanCore

/// A SARIF result's severity, from the most specific information the tool gave:
///
/// 1. a `security-severity` score (0–10, as GitHub code scanning reads it: 9 and above
///    critical, 7 high, 4 medium, above 0 low) on the result or its rule;
/// 2. a severity word in the properties (Bandit's `issue_severity`);
/// 3. the SARIF `level` of the result, else of the rule, else `warning` (§3.27.10):
///    `error` high, `warning` medium, `note` low, `none` info.
enum SARIFSeverity {
    static func of(_ result: SARIFResult, rule: SARIFRule?) -> Severity {
        let score = result.properties?.securitySeverity ?? rule?.properties?.securitySeverity
        if let score, let value = Double(score.trimmingCharacters(in: .whitespaces)) {
            return fromScore(value)
        }
        if let word = result.properties?.issueSeverity ?? rule?.properties?.issueSeverity,
            let severity = fromWord(word)
        {
            return severity
        }
        return fromLevel(result.level ?? rule?.defaultConfiguration?.level ?? "warning")
    }

    static func fromScore(_ score: Double) -> Severity {
        switch score {
        case 9...: .critical
        case 7..<9: .high
        case 4..<7: .medium
        case let value where value > 0: .low
        default: .info
        }
    }

    static func fromWord(_ word: String) -> Severity? {
        switch word.lowercased() {
        case "critical": .critical
        case "high", "error": .high
        case "medium", "moderate", "warning": .medium
        case "low", "note": .low
        case "info", "informational", "none", "undefined": .info
        default: nil
        }
    }

    static func fromLevel(_ level: String) -> Severity {
        switch level {
        case "error": .high
        case "note": .low
        case "none": .info
        default: .medium
        }
    }
}
