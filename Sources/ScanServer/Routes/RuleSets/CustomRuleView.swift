import ScanCore
import ScanRules

/// A custom rule as the API shows it, with the keys of a rule-set document.
struct CustomRuleView: Encodable, Sendable {
    var id: String
    var name: String
    var category: RuleCategory
    var severity: Severity
    var type: String
    var regex: String?
    var caseInsensitive: Bool?
    var words: [String]?
    var validator: String?
    var context: [String]
    var contextDistance: Int
    var requiresContext: Bool
    var columnNames: [String]
    var confidence: Double
    var summary: String

    init(_ rule: CustomRule) {
        id = rule.id
        name = rule.name
        category = rule.category
        severity = rule.severity
        switch rule.kind {
        case .regex(let pattern, let caseInsensitive):
            type = "regex"
            regex = pattern
            self.caseInsensitive = caseInsensitive
        case .dictionary(let list, let caseInsensitive):
            type = "dictionary"
            words = list
            self.caseInsensitive = caseInsensitive
        case .columnName:
            type = "column_name"
        }
        validator = rule.validatorName
        context = rule.contextKeywords
        contextDistance = rule.contextDistance
        requiresContext = rule.requiresContext
        columnNames = rule.columnNames
        confidence = rule.confidence
        summary = rule.summary
    }
}

/// The answer to a change of custom rules: the rule (absent after a delete) and the new version.
struct CustomRuleChange: Encodable, Sendable {
    var rule: CustomRuleView?
    var version: Int
}
