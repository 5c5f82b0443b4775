import Foundation
import ScanCore
import ScanTestSupport
import Testing

/// API tokens: lookup by secret hash, listing, revocation and use.
struct ControlTokenTests {
    private func token(
        _ name: String,
        tenant: TenantID = Tenant.defaultID,
        secret: String = TokenSecret.generate(),
        at: Date = Fixtures.epoch
    ) -> APIToken {
        APIToken(
            tenantID: tenant,
            name: name,
            role: .operator,
            secretHash: TokenSecret.hash(secret),
            prefix: TokenSecret.displayPrefix(secret),
            createdAt: at
        )
    }

    @Test(arguments: StoreKind.available)
    func aTokenIsFoundByItsSecretInAnyTenant(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        let secret = TokenSecret.generate()
        let saved = token("ci", tenant: TenantID("t2"), secret: secret)
        try await store.save(saved)

        #expect(try await store.token(secretHash: TokenSecret.hash(secret)) == saved)
        #expect(try await store.token(secretHash: TokenSecret.hash("slk_other")) == nil)
    }

    @Test(arguments: StoreKind.available)
    func tokensAreListedNewestFirstPerTenant(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        let old = token("old")
        let new = token("new", at: Fixtures.epoch.addingTimeInterval(60))
        try await store.save(old)
        try await store.save(new)
        try await store.save(token("foreign", tenant: TenantID("t2")))

        #expect(try await store.tokens(tenant: Tenant.defaultID) == [new, old])
    }

    @Test(arguments: StoreKind.available)
    func namesAreUniquePerTenant(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        try await store.save(token("ci"))
        try await store.save(token("ci", tenant: TenantID("t2")))

        let error = await #expect(throws: ScanError.self) { try await store.save(token("ci")) }

        #expect(error?.code == .duplicate)
    }

    @Test(arguments: StoreKind.available)
    func revokingKeepsTheFirstTimeAndIsScopedByTenant(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        let saved = token("ci")
        try await store.save(saved)
        let first = Fixtures.epoch.addingTimeInterval(10)

        let revoked = try await store.revokeToken(saved.id, tenant: Tenant.defaultID, at: first)
        let again = try await store.revokeToken(saved.id, tenant: Tenant.defaultID, at: first.addingTimeInterval(10))
        let foreign = await #expect(throws: ScanError.self) {
            try await store.revokeToken(saved.id, tenant: TenantID("t2"), at: first)
        }

        #expect(revoked.revokedAt == first)
        #expect(again.revokedAt == first)
        #expect(!again.isUsable(at: first))
        #expect(foreign?.code == .notFound)
    }

    @Test(arguments: StoreKind.available)
    func touchingRecordsTheLastUse(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        let secret = TokenSecret.generate()
        let saved = token("ci", secret: secret)
        try await store.save(saved)
        let used = Fixtures.epoch.addingTimeInterval(30)

        try await store.touchToken(saved.id, at: used)
        try await store.touchToken(Identifier("unknown"), at: used)

        #expect(try await store.token(secretHash: TokenSecret.hash(secret))?.lastUsedAt == used)
    }
}
