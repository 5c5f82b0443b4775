public import Foundation
import GRDB
public import ScanCore

extension SQLiteScanStore {
    /// - Throws: `.duplicate` for a name clash in the tenant, a reused id or secret hash.
    public func save(_ token: APIToken) async throws {
        try await write { db in
            try db.execute(
                sql: """
                    INSERT INTO api_tokens (id, tenant_id, name, role, secret_hash, prefix, created_at, expires_at,
                        revoked_at, last_used_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    token.id.rawValue, token.tenantID.rawValue, token.name, token.role.rawValue, token.secretHash,
                    token.prefix, token.createdAt, token.expiresAt, token.revokedAt, token.lastUsedAt,
                ]
            )
        }
    }

    public func token(secretHash: String) async throws -> APIToken? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM api_tokens WHERE secret_hash = ?", arguments: [secretHash])?
                .apiToken()
        }
    }

    public func tokens(tenant: TenantID) async throws -> [APIToken] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT * FROM api_tokens WHERE tenant_id = ? ORDER BY created_at DESC, id DESC",
                arguments: [tenant.rawValue]
            ).map { try $0.apiToken() }
        }
    }

    /// Sets `revoked_at` unless it is already set, so the first revocation time is kept.
    public func revokeToken(_ id: Identifier<APIToken>, tenant: TenantID, at: Date) async throws -> APIToken {
        try await write { db in
            try db.execute(
                sql: "UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ? AND tenant_id = ?",
                arguments: [at, id.rawValue, tenant.rawValue]
            )
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: "SELECT * FROM api_tokens WHERE id = ? AND tenant_id = ?",
                    arguments: [id.rawValue, tenant.rawValue]
                )
            else { throw ScanError(.notFound, "token \(id) not found") }
            return try row.apiToken()
        }
    }

    /// An unknown id is ignored: the token may have been deleted with its tenant meanwhile.
    public func touchToken(_ id: Identifier<APIToken>, at: Date) async throws {
        try await write { db in
            try db.execute(sql: "UPDATE api_tokens SET last_used_at = ? WHERE id = ?", arguments: [at, id.rawValue])
        }
    }
}
