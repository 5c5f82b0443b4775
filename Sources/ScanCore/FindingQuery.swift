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
        limit: Int = 1000
    ) {
        self.tenantID = tenantID
        self.definitionID = definitionID
        self.lastSeenRun = lastSeenRun
        self.status = status
        self.minSeverity = minSeverity
        self.afterID = afterID
        self.limit = limit
    }
}
