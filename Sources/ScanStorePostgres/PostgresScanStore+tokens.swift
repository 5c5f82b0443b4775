public import Foundation
import Logging
import PostgresNIO
public import ScanCore

extension PostgresScanStore {
    /// - Throws: `.duplicate` for a name clash in the tenant, a reused id or secret hash.
    public func save(_ token: APIToken) async throws {
        try await transaction { connection in
            try await connection.run(
                """
                INSERT INTO api_tokens (id, tenant_id, name, role, secret_hash, prefix, created_at, expires_at,
                    revoked_at, last_used_at)
                VALUES (\(token.id.rawValue), \(token.tenantID.rawValue), \(token.name), \(token.role.rawValue),
                    \(token.secretHash), \(token.prefix), \(token.createdAt), \(token.expiresAt), \(token.revokedAt),
                    \(token.lastUsedAt))
                """,
                logger: logger
            )
        }
    }

    public func token(secretHash: String) async throws -> APIToken? {
        try await read { connection in
            try await connection.row(
                "SELECT * FROM api_tokens WHERE secret_hash = \(secretHash)",
                logger: logger
            )?.apiToken()
        }
    }

    public func tokens(tenant: TenantID) async throws -> [APIToken] {
        try await read { connection in
            try await connection.rows(
                "SELECT * FROM api_tokens WHERE tenant_id = \(tenant.rawValue) ORDER BY created_at DESC, id DESC",
                logger: logger
            ).map { try $0.apiToken() }
        }
    }

    /// Sets `revoked_at` unless it is already set, so the first revocation time is kept.
    /// - Throws: `.notFound` when the token is not in the tenant.
    public func revokeToken(_ id: Identifier<APIToken>, tenant: TenantID, at: Date) async throws -> APIToken {
        try await transaction { connection in
            guard
                let row = try await connection.row(
                    """
                    UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, \(at))
                    WHERE id = \(id.rawValue) AND tenant_id = \(tenant.rawValue) RETURNING *
                    """,
                    logger: logger
                )
            else { throw ScanError(.notFound, "token \(id) not found") }
            return try row.apiToken()
        }
    }

    /// An unknown id is ignored: the token may have been deleted with its tenant meanwhile.
    public func touchToken(_ id: Identifier<APIToken>, at: Date) async throws {
        try await transaction { connection in
            try await connection.run(
                "UPDATE api_tokens SET last_used_at = \(at) WHERE id = \(id.rawValue)",
                logger: logger
            )
        }
    }
}
