/// A filter over runs, newest first, paged by creation order.
public struct RunQuery: Sendable, Hashable {
    /// The tenant to read.
    public var tenantID: TenantID
    /// Only runs of this definition.
    public var definitionID: Identifier<ScanDefinition>?
    /// Only runs of definitions over this source.
    public var sourceID: Identifier<DataSource>?
    /// Only runs in one of these states (all when empty).
    public var statuses: Set<RunStatus>
    /// Only runs older than this run (the page cursor).
    public var beforeRun: Identifier<ScanRun>?
    /// Page size.
    public var limit: Int

    /// Creates a query.
    public init(
        tenantID: TenantID,
        definitionID: Identifier<ScanDefinition>? = nil,
        sourceID: Identifier<DataSource>? = nil,
        statuses: Set<RunStatus> = [],
        beforeRun: Identifier<ScanRun>? = nil,
        limit: Int = 100
    ) {
        self.tenantID = tenantID
        self.definitionID = definitionID
        self.sourceID = sourceID
        self.statuses = statuses
        self.beforeRun = beforeRun
        self.limit = limit
    }
}
