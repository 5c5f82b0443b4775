import Foundation
import ScanCore

/// The body of `POST /tokens`. There is no tenant field: a token is always created in the
/// caller's tenant.
struct TokenInput: APIInput {
    enum Fields: String, CodingKey, CaseIterable {
        case name, role
        case expiresAt = "expires_at"
    }

    var name: String
    var role: Role
    var expiresAt: Date?

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Fields.self)
        name = try container.decode(String.self, forKey: .name)
        role = try container.decode(Role.self, forKey: .role)
        expiresAt = try container.decodeIfPresent(String.self, forKey: .expiresAt).map(Self.date)
    }

    /// An ISO 8601 instant such as `2027-01-31T00:00:00Z`; parsed here so a bad value names
    /// `expires_at` (a failed `Date` decode reports no coding path).
    private static func date(_ text: String) throws -> Date {
        guard let date = try? Date(text, strategy: .iso8601) else {
            throw APIProblem.invalid("expires_at", "field 'expires_at' must be an ISO 8601 date-time")
        }
        return date
    }
}

/// A token as listed: never its hash, and its secret only in the answer that created it.
struct TokenView: Encodable, Sendable {
    var id: String
    var name: String
    var role: Role
    var prefix: String
    var createdAt: Date
    var expiresAt: Date?
    var revokedAt: Date?
    var lastUsedAt: Date?
    var secret: String?

    init(_ token: APIToken, secret: String? = nil) {
        id = token.id.rawValue
        name = token.name
        role = token.role
        prefix = token.prefix
        createdAt = token.createdAt
        expiresAt = token.expiresAt
        revokedAt = token.revokedAt
        lastUsedAt = token.lastUsedAt
        self.secret = secret
    }
}
