/// A filter over the audit log, newest first, paged by id.
public struct AuditQuery: Sendable, Hashable {
    /// The tenant to read.
    public var tenantID: TenantID
    /// Only events whose action starts with this (`run.` or `finding.triage`).
    public var actionPrefix: String?
    /// Only events by this actor.
    public var actor: String?
    /// Only events about this target.
    public var target: String?
    /// Only events with an id below this (the page cursor).
    public var beforeID: Int64?
    /// Page size.
    public var limit: Int

    /// Creates a query.
    public init(
        tenantID: TenantID,
        actionPrefix: String? = nil,
        actor: String? = nil,
        target: String? = nil,
        beforeID: Int64? = nil,
        limit: Int = 100
    ) {
        self.tenantID = tenantID
        self.actionPrefix = actionPrefix
        self.actor = actor
        self.target = target
        self.beforeID = beforeID
        self.limit = limit
    }
}
