public import Foundation

/// An append-only record of something that changed state.
public struct AuditEvent: Sendable, Codable, Hashable {
    /// The store's sequence number (0 before it is stored).
    public var id: Int64
    /// The owning tenant.
    public var tenantID: TenantID
    /// When it happened.
    public var at: Date
    /// Who did it: a user, token name or `system`.
    public var actor: String
    /// A dotted verb such as `run.started` or `policy.alert`.
    public var action: String
    /// The object acted on, such as a run id.
    public var target: String
    /// Extra detail, never secrets.
    public var detail: String?
    /// The HTTP request that caused it, when there was one.
    public var requestID: String?

    /// Creates an event.
    public init(
        id: Int64 = 0,
        tenantID: TenantID,
        at: Date,
        actor: String,
        action: String,
        target: String,
        detail: String? = nil,
        requestID: String? = nil
    ) {
        self.id = id
        self.tenantID = tenantID
        self.at = at
        self.actor = actor
        self.action = action
        self.target = target
        self.detail = detail
        self.requestID = requestID
    }
}
