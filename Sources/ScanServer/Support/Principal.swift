public import ScanCore

/// Who is calling: the tenant and role of the API token that authenticated the request.
public struct Principal: Sendable, Hashable {
    /// The tenant every object the caller sees belongs to.
    public var tenantID: TenantID
    /// What the caller may do.
    public var role: Role
    /// The name recorded as the actor in the audit log (`token:<name>`).
    public var actor: String
    /// The token that authenticated the request.
    public var tokenID: Identifier<APIToken>

    /// Creates a principal.
    public init(tenantID: TenantID, role: Role, actor: String, tokenID: Identifier<APIToken>) {
        self.tenantID = tenantID
        self.role = role
        self.actor = actor
        self.tokenID = tokenID
    }
}
