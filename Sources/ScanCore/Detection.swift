/// One finding as produced by a scan, before it is merged with earlier runs.
///
/// It never holds the matched value: only ``valueHash`` (a keyed hash) and a redacted
/// ``preview``. It is safe to store in the job queue and to log.
public struct Detection: Sendable, Codable, Hashable {
    /// The finding's identity across runs (see ``Fingerprint``).
    public var fingerprint: String
    /// The rule that matched.
    public var ruleID: String
    /// The rule's category.
    public var category: RuleCategory
    /// The rule's severity.
    public var severity: Severity
    /// The asset path where it was found (file path, or `schema/table/column`).
    public var assetPath: String
    /// Where inside the asset: 1-based line and column for files, `nil` for columns.
    public var line: Int?
    /// The 1-based column (in bytes) of the match on its line.
    public var column: Int?
    /// Hex HMAC-SHA256 of the matched value under the installation's key.
    public var valueHash: String
    /// A redacted rendering of the match, for people.
    public var preview: String
    /// Between 0 and 1.
    public var confidence: Double

    /// Creates a detection.
    public init(
        fingerprint: String,
        ruleID: String,
        category: RuleCategory,
        severity: Severity,
        assetPath: String,
        line: Int?,
        column: Int?,
        valueHash: String,
        preview: String,
        confidence: Double
    ) {
        self.fingerprint = fingerprint
        self.ruleID = ruleID
        self.category = category
        self.severity = severity
        self.assetPath = assetPath
        self.line = line
        self.column = column
        self.valueHash = valueHash
        self.preview = preview
        self.confidence = confidence
    }
}
