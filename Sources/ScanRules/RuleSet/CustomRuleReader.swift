import Foundation
import ScanCore

/// Reads one entry of `custom_rules` and checks it the way the engine will need it.
enum CustomRuleReader {
    static let keys = [
        "id", "name", "category", "severity", "type", "regex", "case_insensitive", "words", "validator", "context",
        "context_distance", "requires_context", "column_names", "confidence", "summary",
    ]

    /// Categories by name; `secret` is accepted for `credential` because rule ids say `secret.`.
    private static let categories: [String: RuleCategory] = Dictionary(
        uniqueKeysWithValues: RuleCategory.allCases.map { ($0.rawValue, $0) } + [("secret", .credential)]
    )
    private static let severities = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, $0) })

    static func read(_ field: YAMLField) throws -> CustomRule {
        let fields = try field.mapping(allowed: keys)
        guard let idField = fields["id"] else { throw field.error("a custom rule needs an id", code: .invalidRule) }
        let id = try idField.string()
        guard !id.isEmpty, id.allSatisfy({ $0.isLetter || $0.isNumber || "._-".contains($0) }) else {
            throw idField.error("'\(id)' is not a valid rule id (letters, digits, '.', '_', '-')", code: .invalidRule)
        }
        var rule = CustomRule(id: id, kind: try readKind(fields, id: id, field: field))
        rule.name = try fields["name"]?.string() ?? id
        rule.category = try fields["category"]?.choice(categories) ?? defaultCategory(for: id)
        rule.severity = try fields["severity"]?.choice(severities) ?? .medium
        rule.validatorName = try readValidator(fields["validator"], id: id)
        rule.contextKeywords = try fields["context"]?.strings() ?? []
        rule.contextDistance = try fields["context_distance"]?.int() ?? 64
        rule.requiresContext = try fields["requires_context"]?.bool() ?? false
        rule.columnNames = try fields["column_names"]?.strings().map { $0.lowercased() } ?? []
        rule.confidence = try fields["confidence"]?.ratio() ?? 0.8
        rule.summary = try fields["summary"]?.string() ?? ""
        if case .columnName = rule.kind, rule.columnNames.isEmpty {
            throw field.error("rule '\(id)' of type column_name needs column_names", code: .invalidRule)
        }
        return rule
    }

    /// The kind from `type` (or, when absent, from which of `regex`/`words` is given).
    private static func readKind(_ fields: [String: YAMLField], id: String, field: YAMLField) throws -> CustomRule.Kind
    {
        let caseInsensitive = try fields["case_insensitive"]?.bool()
        let type =
            try fields["type"]?.choice(["regex": "regex", "dictionary": "dictionary", "column_name": "column_name"])
            ?? (fields["regex"] != nil ? "regex" : fields["words"] != nil ? "dictionary" : "column_name")
        switch type {
        case "regex":
            guard let regex = fields["regex"] else {
                throw field.error("rule '\(id)' needs a regex", code: .invalidRule)
            }
            let pattern = try regex.string()
            try checkRegex(pattern, caseInsensitive: caseInsensitive ?? false, id: id, field: regex)
            return .regex(pattern, caseInsensitive: caseInsensitive ?? false)
        case "dictionary":
            let words = try fields["words"]?.strings() ?? []
            guard !words.isEmpty, words.allSatisfy({ !$0.isEmpty }) else {
                throw field.error("rule '\(id)' needs a non-empty list of words", code: .invalidRule)
            }
            return .dictionary(words, caseInsensitive: caseInsensitive ?? true)
        default:
            return .columnName
        }
    }

    /// Compiles the regex with Foundation and rejects what Vectorscan cannot run, so a bad
    /// rule fails when the rule set is loaded, not in the middle of a scan.
    private static func checkRegex(_ pattern: String, caseInsensitive: Bool, id: String, field: YAMLField) throws {
        guard !pattern.isEmpty else { throw field.error("rule '\(id)' has an empty regex", code: .invalidRule) }
        do {
            _ = try NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        } catch {
            throw field.error("rule '\(id)' has an invalid regex", code: .invalidRule, detail: "\(error)")
        }
        let unsupported = ["(?<=", "(?<!", "(?=", "(?!"] + (1...9).map { "\\\($0)" }
        if let construct = unsupported.first(where: pattern.contains) {
            throw field.error(
                "rule '\(id)' uses '\(construct)' (lookaround and backreferences are not supported)",
                code: .invalidRule
            )
        }
        // Foundation accepts constructs Vectorscan does not (atomic groups, possessive
        // quantifiers); compiling the rule alone names it, where a whole-catalog compile would not.
        do {
            let probe = Classifier(
                id: id,
                name: id,
                category: .pii,
                severity: .info,
                matcher: .pattern(pattern, caseInsensitive: caseInsensitive)
            )
            _ = try RuleEngine(classifiers: [probe])
        } catch let error as ScanError {
            throw field.error(
                "rule '\(id)' has a regex the scan engine cannot compile",
                code: .invalidRule,
                detail: error.detail
            )
        }
    }

    private static func readValidator(_ field: YAMLField?, id: String) throws -> String? {
        guard let field else { return nil }
        let name = try field.string()
        guard Validator.builtin(named: name) != nil else {
            let known = Validator.builtinNames.joined(separator: ", ")
            throw field.error("rule '\(id)' names unknown validator '\(name)' (known: \(known))", code: .invalidRule)
        }
        return name
    }

    /// `secret.x` → credential, `financial.x` → financial, …; anything else is personal data.
    private static func defaultCategory(for id: String) -> RuleCategory {
        let prefix = id.split(separator: ".").first.map(String.init) ?? ""
        return categories[prefix] ?? .pii
    }
}
