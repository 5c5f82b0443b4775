public import ScanCore

/// A rule defined in a rule set rather than built in: a regex, a word list or column names.
public struct CustomRule: Sendable, Hashable {
    /// How a custom rule finds its data.
    public enum Kind: Sendable, Hashable {
        /// A regular expression (Vectorscan dialect: no backreferences or lookbehind).
        case regex(String, caseInsensitive: Bool)
        /// Any of these words or phrases, as whole words.
        case dictionary([String], caseInsensitive: Bool)
        /// Column names only; no content matching.
        case columnName
    }

    /// The rule id, e.g. `custom.employee_id`.
    public var id: String
    /// A human-readable name (the id when not given).
    public var name: String
    /// The family of data.
    public var category: RuleCategory
    /// The severity of its findings.
    public var severity: Severity
    /// How candidates are found.
    public var kind: Kind
    /// The name of a built-in validator (see ``Validator/builtin(named:)``), if any.
    public var validatorName: String?
    /// Words that raise confidence nearby.
    public var contextKeywords: [String]
    /// How far context keywords may be, in bytes.
    public var contextDistance: Int
    /// Whether a match needs a context keyword.
    public var requiresContext: Bool
    /// Lower-case column-name globs.
    public var columnNames: [String]
    /// The base confidence (0...1).
    public var confidence: Double
    /// A one-sentence description.
    public var summary: String

    /// Creates a rule with the defaults a rule-set document uses for missing keys.
    public init(
        id: String,
        name: String? = nil,
        category: RuleCategory = .pii,
        severity: Severity = .medium,
        kind: Kind,
        validatorName: String? = nil,
        contextKeywords: [String] = [],
        contextDistance: Int = 64,
        requiresContext: Bool = false,
        columnNames: [String] = [],
        confidence: Double = 0.8,
        summary: String = ""
    ) {
        self.id = id
        self.name = name ?? id
        self.category = category
        self.severity = severity
        self.kind = kind
        self.validatorName = validatorName
        self.contextKeywords = contextKeywords
        self.contextDistance = contextDistance
        self.requiresContext = requiresContext
        self.columnNames = columnNames
        self.confidence = confidence
        self.summary = summary
    }

    /// The rule as a classifier the engine can run.
    public var classifier: Classifier {
        Classifier(
            id: id,
            name: name,
            category: category,
            severity: severity,
            matcher: matcher,
            validator: validatorName.flatMap(Validator.builtin(named:)),
            contextKeywords: contextKeywords,
            contextDistance: contextDistance,
            requiresContext: requiresContext,
            columnNames: columnNames.map { $0.lowercased() },
            baseConfidence: confidence,
            summary: summary.isEmpty ? "Custom rule \(id)." : summary
        )
    }

    private var matcher: Matcher {
        switch kind {
        case .regex(let pattern, let caseInsensitive): .pattern(pattern, caseInsensitive: caseInsensitive)
        case .dictionary(let words, let caseInsensitive): .dictionary(words, caseInsensitive: caseInsensitive)
        case .columnName: .columnNameOnly
        }
    }
}
