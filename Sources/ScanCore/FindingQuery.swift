/// A filter over stored findings, paged by id.
public struct FindingQuery: Sendable, Hashable {
    /// The tenant to read.
    public var tenantID: TenantID
    /// Only findings of this definition.
    public var definitionID: Identifier<ScanDefinition>?
    /// Only findings last seen by this run.
    public var lastSeenRun: Identifier<ScanRun>?
    /// Only findings with this status.
    public var status: FindingStatus?
    /// Only findings at or above this severity.
    public var minSeverity: Severity?
    /// Only findings of definitions over this source.
    public var sourceID: Identifier<DataSource>?
    /// Only findings of this rule.
    public var ruleID: String?
    /// Only findings of this category.
    public var category: RuleCategory?
    /// Which findings by triage: untriaged only, or one triage state, or all.
    public var triage: TriageFilter
    /// Only findings whose asset path starts with this.
    public var assetPathPrefix: String?
    /// Only findings with an id greater than this (the page cursor).
    public var afterID: Int64?
    /// Page size.
    public var limit: Int

    /// Creates a query; the default reads the first 1,000 findings of the default tenant.
    public init(
        tenantID: TenantID = Tenant.defaultID,
        definitionID: Identifier<ScanDefinition>? = nil,
        lastSeenRun: Identifier<ScanRun>? = nil,
        status: FindingStatus? = nil,
        minSeverity: Severity? = nil,
        afterID: Int64? = nil,
        limit: Int = 1000,
        sourceID: Identifier<DataSource>? = nil,
        ruleID: String? = nil,
        category: RuleCategory? = nil,
        triage: TriageFilter = .any,
        assetPathPrefix: String? = nil
    ) {
        self.tenantID = tenantID
        self.definitionID = definitionID
        self.lastSeenRun = lastSeenRun
        self.status = status
        self.minSeverity = minSeverity
        self.afterID = afterID
        self.limit = limit
        self.sourceID = sourceID
        self.ruleID = ruleID
        self.category = category
        self.triage = triage
        self.assetPathPrefix = assetPathPrefix
    }
}

/// How a ``FindingQuery`` filters by triage.
public enum TriageFilter: Sendable, Hashable {
    /// Triaged or not.
    case any
    /// Only findings nobody has triaged.
    case untriaged
    /// Only findings triaged with this state.
    case state(TriageState)
}
