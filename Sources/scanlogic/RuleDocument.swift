import ScanRules

/// Rule set metadata without compiling a matcher, for listing rules and naming them in reports.
enum RuleDocument {
    static func classifiers(_ document: String?, file: String = "rule set") throws -> [Classifier] {
        let ruleSet = try document.map { try RuleSet.parse(yaml: $0, file: file) } ?? .default
        return try ruleSet.classifiers()
    }
}
