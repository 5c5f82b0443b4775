public import ScanCore

/// One detection rule: what it matches, how a candidate is confirmed, and how sure it is.
///
/// Built-in classifiers live in ``BuiltinClassifiers``; custom rules from a rule set are
/// compiled into the same type, so the engine treats both alike.
public struct Classifier: Sendable {
    /// A stable dotted id such as `financial.credit_card` or `secret.aws_access_key`.
    public var id: String
    /// A short human-readable name.
    public var name: String
    /// The family of data.
    public var category: RuleCategory
    /// The severity of its findings.
    public var severity: Severity
    /// How candidates are found in bytes.
    public var matcher: Matcher
    /// Confirms a candidate (check digits, structure, entropy); `nil` accepts every candidate.
    public var validator: Validator?
    /// Words that make a nearby match more likely to be real (case-insensitive).
    public var contextKeywords: [String]
    /// How far (in bytes, either side) a context keyword may be from the match.
    public var contextDistance: Int
    /// When `true`, a match counts only with a context keyword nearby.
    public var requiresContext: Bool
    /// Column-name signals for databases: lower-case globs such as `*email*`, `ssn`.
    public var columnNames: [String]
    /// The confidence of a validated match without context (0...1).
    public var baseConfidence: Double
    /// Values that never count as a match (exact, case-sensitive), e.g. documented examples.
    public var allowList: Set<String>
    /// A one-sentence description for `rules list`.
    public var summary: String

    /// Creates a classifier.
    public init(
        id: String,
        name: String,
        category: RuleCategory,
        severity: Severity,
        matcher: Matcher,
        validator: Validator? = nil,
        contextKeywords: [String] = [],
        contextDistance: Int = 64,
        requiresContext: Bool = false,
        columnNames: [String] = [],
        baseConfidence: Double = 0.8,
        allowList: Set<String> = [],
        summary: String = ""
    ) {
        self.id = id
        self.name = name
        self.category = category
        self.severity = severity
        self.matcher = matcher
        self.validator = validator
        self.contextKeywords = contextKeywords
        self.contextDistance = contextDistance
        self.requiresContext = requiresContext
        self.columnNames = columnNames
        self.baseConfidence = baseConfidence
        self.allowList = allowList
        self.summary = summary
    }
}
