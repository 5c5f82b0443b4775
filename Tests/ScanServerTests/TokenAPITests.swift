import Foundation
import HTTPTypes
import ScanCore
import ScanServer
import ScanStoreSQLite
import Testing

@Suite("Tokens API")
struct TokenAPITests {
    @Test func aCreatedTokenWorksUntilRevoked() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            // Given a viewer token created by an admin
            let created = try await client.send(.post, "/api/v1/tokens", json: ["name": "ci", "role": "viewer"])
            #expect(created.status == .created)
            let secret = try #require(created.string("secret"))
            let id = try #require(created.string("id"))
            #expect(secret.hasPrefix(TokenSecret.scheme))
            #expect(created.object["secret_hash"] == nil)
            // Then it reads, but may not administer
            #expect(try await client.send(.get, "/api/v1/findings", as: secret).status == .ok)
            #expect(try await client.send(.get, "/api/v1/tokens", as: secret).status == .forbidden)
            // And the secret is never shown again
            let listed = try await client.send(.get, "/api/v1/tokens")
            #expect(!listed.text.contains(secret))
            #expect(!listed.text.contains(TokenSecret.hash(secret)))
            let entry = try #require(listed.items.first { $0["id"] as? String == id })
            #expect(entry["secret"] == nil)
            #expect(entry["prefix"] as? String == TokenSecret.displayPrefix(secret))
            #expect(entry["role"] as? String == "viewer")
            // When it is revoked, then it stops working
            let revoked = try await client.send(.delete, "/api/v1/tokens/\(id)")
            #expect(revoked.status == .ok)
            #expect(revoked.string("revoked_at") != nil)
            #expect(try await client.send(.get, "/api/v1/findings", as: secret).status == .unauthorized)
            let actions = try await api.store.auditEvents(AuditQuery(tenantID: APIHarness.tenant)).map(\.action)
            #expect(actions == ["token.revoked", "token.created"])
        }
    }

    @Test func tokensAreCreatedInTheCallersTenantOnly() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let body: [String: Any] = ["name": "sneaky", "role": "admin", "tenant_id": "globex"]
            let reply = try await client.send(.post, "/api/v1/tokens", json: body)
            #expect(reply.status == .unprocessableContent)
            #expect(reply.string("field") == "tenant_id")
            let created = try await client.send(
                .post,
                "/api/v1/tokens",
                as: "other",
                json: ["name": "g", "role": "viewer"]
            )
            let secret = try #require(created.string("secret"))
            #expect(try await client.send(.get, "/api/v1/tokens", as: secret).status == .forbidden)
            let stored = try await api.store.token(secretHash: TokenSecret.hash(secret))
            #expect(stored?.tenantID == APIHarness.otherTenant)
            let acmeNames = try await client.send(.get, "/api/v1/tokens").items.compactMap { $0["name"] as? String }
            #expect(!acmeNames.contains("g"))
            let acmeID = try #require(try await api.store.tokens(tenant: APIHarness.tenant).first?.id.rawValue)
            #expect(try await client.send(.delete, "/api/v1/tokens/\(acmeID)", as: "other").status == .notFound)
        }
    }

    @Test func onlyAdministratorsManageTokens() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let body = ["name": "x", "role": "viewer"]
            for role in ["operator", "viewer", "agent"] {
                #expect(try await client.send(.post, "/api/v1/tokens", as: role, json: body).status == .forbidden)
                #expect(try await client.send(.get, "/api/v1/tokens", as: role).status == .forbidden)
                #expect(try await client.send(.delete, "/api/v1/tokens/x", as: role).status == .forbidden)
            }
            #expect(try await client.send(.delete, "/api/v1/tokens/nope").status == .notFound)
        }
    }

    @Test func badBodiesNameTheField() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let badRole = try await client.send(.post, "/api/v1/tokens", json: ["name": "x", "role": "root"])
            #expect(badRole.string("field") == "role")
            let past = try await client.send(
                .post,
                "/api/v1/tokens",
                json: ["name": "x", "role": "viewer", "expires_at": "2001-01-01T00:00:00Z"]
            )
            #expect(past.string("field") == "expires_at")
            let badDate = try await client.send(
                .post,
                "/api/v1/tokens",
                json: ["name": "x", "role": "viewer", "expires_at": "tomorrow"]
            )
            #expect(badDate.string("field") == "expires_at")
            let noName = try await client.send(.post, "/api/v1/tokens", json: ["role": "viewer"])
            #expect(noName.string("field") == "name")
            let duplicate = try await client.send(.post, "/api/v1/tokens", json: ["name": "viewer", "role": "viewer"])
            #expect(duplicate.status == .conflict)
        }
    }
}
