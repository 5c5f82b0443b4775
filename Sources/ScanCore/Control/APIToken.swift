public import Foundation

/// A bearer token of the HTTP API. Only a SHA-256 hash of the secret is stored; the
/// secret itself is shown once, when the token is created.
public struct APIToken: Sendable, Codable, Hashable {
    /// The stable identifier.
    public var id: Identifier<APIToken>
    /// The tenant the token acts in; it never sees another tenant's objects.
    public var tenantID: TenantID
    /// A label chosen by the creator, recorded as the actor in the audit log.
    public var name: String
    /// What the token may do.
    public var role: Role
    /// Hex SHA-256 of the secret.
    public var secretHash: String
    /// The first characters of the secret, to recognise a token in listings.
    public var prefix: String
    /// When it was created.
    public var createdAt: Date
    /// When it stops working, if ever.
    public var expiresAt: Date?
    /// When it was revoked, if it was.
    public var revokedAt: Date?
    /// When it last authenticated a request (updated at most once a minute).
    public var lastUsedAt: Date?

    /// Creates a token record.
    public init(
        id: Identifier<APIToken> = .random(),
        tenantID: TenantID,
        name: String,
        role: Role,
        secretHash: String,
        prefix: String,
        createdAt: Date,
        expiresAt: Date? = nil,
        revokedAt: Date? = nil,
        lastUsedAt: Date? = nil
    ) {
        self.id = id
        self.tenantID = tenantID
        self.name = name
        self.role = role
        self.secretHash = secretHash
        self.prefix = prefix
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
        self.lastUsedAt = lastUsedAt
    }

    /// Whether the token authenticates requests at `now`.
    public func isUsable(at now: Date) -> Bool {
        revokedAt == nil && (expiresAt.map { now < $0 } ?? true)
    }
}
