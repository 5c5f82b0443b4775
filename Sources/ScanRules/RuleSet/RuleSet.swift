public import ScanCore

/// What a scan looks for and where: selected classifiers, custom rules, scope filters,
/// sampling and thresholds, usually parsed from a YAML document.
///
/// ```swift
/// let ruleSet = try RuleSet.parse(yaml: text, file: "rules/pci.yaml")
/// let engine = try RuleEngine(classifiers: ruleSet.classifiers())
/// if ruleSet.includesFile("src/app/.env") { … }
/// ```
///
/// Every key is optional; a missing key keeps the default of ``RuleSet/default``, which
/// runs every built-in classifier everywhere.
public struct RuleSet: Sendable {
    // MARK: Member variables

    /// The rule set's name, for reports.
    public var name: String
    /// Which built-in and custom classifiers run.
    public var selection: ClassifierSelection
    /// File paths in scope (globs over `/`-separated relative paths).
    public var paths: ScopeFilter
    /// Database schemas in scope.
    public var schemas: ScopeFilter
    /// Database tables in scope (globs over table names).
    public var tables: ScopeFilter
    /// Database columns in scope (globs over column names).
    public var columns: ScopeFilter
    /// File extensions in scope, lower-case and without the dot (`txt`, `env`).
    public var fileTypes: ScopeFilter
    /// Files larger than this many bytes are skipped.
    public var maxFileSize: Int
    /// How database tables are sampled.
    public var sampling: SamplingOptions
    /// The share of sampled values that must match for a column to be classified.
    public var minMatchRatio: Double
    /// Per-rule overrides of ``minMatchRatio``; `0` means a single matching value is enough.
    public var minMatchRatios: [String: Double]
    /// Values that are never reported, whatever rule matches them.
    public var allow: [String]
    /// Literal values always reported, as rule ``RuleSet/denyRuleID``.
    public var deny: [String]
    /// Rules defined by the document.
    public var customRules: [CustomRule]

    /// The id of the rule that reports ``deny`` values.
    public static let denyRuleID = "custom.deny"
    /// The default ``maxFileSize``: 64 MiB.
    public static let defaultMaxFileSize = 64 << 20
    /// The default ``minMatchRatio``.
    public static let defaultMinMatchRatio = 0.3

    /// Every built-in classifier, no scope restriction, default sampling and thresholds.
    public static let `default` = RuleSet(name: "default")

    // MARK: Initialization

    /// Creates a rule set; every argument defaults to "no restriction".
    public init(
        name: String,
        selection: ClassifierSelection = ClassifierSelection(),
        paths: ScopeFilter = ScopeFilter(),
        schemas: ScopeFilter = ScopeFilter(),
        tables: ScopeFilter = ScopeFilter(),
        columns: ScopeFilter = ScopeFilter(),
        fileTypes: ScopeFilter = ScopeFilter(),
        maxFileSize: Int = RuleSet.defaultMaxFileSize,
        sampling: SamplingOptions = SamplingOptions(),
        minMatchRatio: Double = RuleSet.defaultMinMatchRatio,
        minMatchRatios: [String: Double] = [:],
        allow: [String] = [],
        deny: [String] = [],
        customRules: [CustomRule] = []
    ) {
        self.name = name
        self.selection = selection
        self.paths = paths
        self.schemas = schemas
        self.tables = tables
        self.columns = columns
        self.fileTypes = fileTypes
        self.maxFileSize = maxFileSize
        self.sampling = sampling
        self.minMatchRatio = minMatchRatio
        self.minMatchRatios = minMatchRatios
        self.allow = allow
        self.deny = deny
        self.customRules = customRules
    }

    // MARK: Methods

    /// The column-classification threshold for `ruleID`: its override, else ``minMatchRatio``.
    public func minMatchRatio(for ruleID: String) -> Double {
        minMatchRatios[ruleID] ?? minMatchRatio
    }
}
