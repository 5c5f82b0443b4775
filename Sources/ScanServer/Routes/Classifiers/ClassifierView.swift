import ScanCore
import ScanRules

/// A built-in classifier as the API shows it. The allow list (documented example values,
/// some of them real-looking secrets) is never included; details add how it matches.
struct ClassifierView: Encodable, Sendable {
    var id: String
    var name: String
    var category: RuleCategory
    var severity: Severity
    var description: String
    var kind: String
    var validator: String?
    var contextKeywords: [String]?
    var contextDistance: Int?
    var requiresContext: Bool?
    var columnNames: [String]?
    var baseConfidence: Double?
    var pattern: String?
    var caseInsensitive: Bool?
    var wordCount: Int?

    /// The summary of a list.
    init(summary classifier: Classifier) {
        id = classifier.id
        name = classifier.name
        category = classifier.category
        severity = classifier.severity
        description = classifier.summary
        kind = Self.kind(of: classifier.matcher)
        validator = classifier.validator?.name
    }

    /// Every detail of one classifier.
    init(detail classifier: Classifier) {
        self.init(summary: classifier)
        contextKeywords = classifier.contextKeywords
        contextDistance = classifier.contextDistance
        requiresContext = classifier.requiresContext
        columnNames = classifier.columnNames
        baseConfidence = classifier.baseConfidence
        switch classifier.matcher {
        case .pattern(let regex, let caseInsensitive, _):
            pattern = regex
            self.caseInsensitive = caseInsensitive
        case .dictionary(let words, let caseInsensitive):
            wordCount = words.count
            self.caseInsensitive = caseInsensitive
        case .digits, .columnNameOnly:
            break
        }
    }

    private static func kind(of matcher: Matcher) -> String {
        switch matcher {
        case .pattern: "pattern"
        case .digits: "digits"
        case .dictionary: "dictionary"
        case .columnNameOnly: "column_name"
        }
    }
}
