public import ScanCore
public import ScanRules

/// Everything the pipeline takes from a rule set, compiled once per rule set.
public struct RuleProfile: Sendable {
    /// The compiled matcher.
    public var engine: RuleEngine
    /// Path, schema, table and column scope added by the rule set.
    public var scope: ScopeFilter
    /// How database rows are sampled.
    public var sampling: SamplingOptions
    /// Files larger than this are recorded as `policy_blocked` without being read.
    public var maxFileSize: Int64
    /// The minimum match ratio for a column classification, per rule id.
    public var minMatchRatio: @Sendable (String) -> Double

    /// Creates a profile.
    public init(
        engine: RuleEngine,
        scope: ScopeFilter = ScopeFilter(),
        sampling: SamplingOptions = SamplingOptions(),
        maxFileSize: Int64 = 64 << 20,
        minMatchRatio: @escaping @Sendable (String) -> Double = { _ in 0.3 }
    ) {
        self.engine = engine
        self.scope = scope
        self.sampling = sampling
        self.maxFileSize = maxFileSize
        self.minMatchRatio = minMatchRatio
    }
}
