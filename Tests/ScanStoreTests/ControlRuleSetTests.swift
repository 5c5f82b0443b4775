import Foundation
import ScanCore
import ScanTestSupport
import Testing

/// Stored rule sets, their versions and the definitions that follow them.
struct ControlRuleSetTests {
    private func record(_ name: String, tenant: TenantID = Tenant.defaultID) -> RuleSetRecord {
        RuleSetRecord(tenantID: tenant, name: name, createdAt: Fixtures.epoch, updatedAt: Fixtures.epoch)
    }

    @Test(arguments: StoreKind.available)
    func savingInsertsThenRenamesWithoutTouchingVersions(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        var rules = record("strict")
        try await store.save(rules)
        _ = try await store.addRuleSetVersion(
            rules.id,
            tenant: Tenant.defaultID,
            document: "v1",
            actor: "a",
            at: Fixtures.epoch
        )

        rules.name = "stricter"
        rules.description = "renamed"
        try await store.save(rules)
        try await store.save(record("alpha"))

        let stored = try #require(try await store.ruleSet(rules.id, tenant: Tenant.defaultID))
        #expect(stored.name == "stricter")
        #expect(stored.description == "renamed")
        #expect(stored.latestVersion == 1)
        #expect(try await store.ruleSets(tenant: Tenant.defaultID).map(\.name) == ["alpha", "stricter"])
        #expect(try await store.ruleSet(rules.id, tenant: TenantID("t2")) == nil)
    }

    @Test(arguments: StoreKind.available)
    func namesAreUniquePerTenantAndIdsAreNotShared(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        let rules = record("strict")
        try await store.save(rules)
        try await store.save(record("strict", tenant: TenantID("t2")))

        let clash = await #expect(throws: ScanError.self) { try await store.save(record("strict")) }
        var hijack = rules
        hijack.tenantID = TenantID("t3")
        hijack.name = "mine"
        let foreign = await #expect(throws: ScanError.self) { try await store.save(hijack) }

        #expect(clash?.code == .duplicate)
        #expect(foreign?.code == .duplicate)
        #expect(try await store.ruleSet(rules.id, tenant: Tenant.defaultID)?.name == "strict")
    }

    @Test(arguments: StoreKind.available)
    func aNewVersionReachesEveryFollowingDefinition(kind: StoreKind) async throws {
        // Given two definitions following a rule set and one that does not
        let store = try await kind.makeControlStore()
        let rules = record("strict")
        try await store.save(rules)
        var followers: [ScanDefinition] = []
        for name in ["one", "two"] {
            var definition = try await Fixtures.definition(in: store, name: name)
            definition.ruleSetID = rules.id
            try await store.save(definition)
            followers.append(definition)
        }
        let loner = try await Fixtures.definition(in: store, name: "loner")

        // When two versions are added
        let later = Fixtures.epoch.addingTimeInterval(60)
        let v1 = try await store.addRuleSetVersion(
            rules.id,
            tenant: Tenant.defaultID,
            document: "doc1",
            actor: "a",
            at: Fixtures.epoch
        )
        let v2 = try await store.addRuleSetVersion(
            rules.id,
            tenant: Tenant.defaultID,
            document: "doc2",
            actor: "b",
            at: later
        )

        // Then versions are numbered, listed newest first, and copied into the followers
        #expect(v1.version == 1)
        #expect(v2.version == 2)
        #expect(try await store.ruleSetVersions(rules.id, tenant: Tenant.defaultID) == [v2, v1])
        #expect(try await store.ruleSetVersion(rules.id, version: 1, tenant: Tenant.defaultID) == v1)
        #expect(try await store.ruleSetVersion(rules.id, version: 1, tenant: TenantID("t2")) == nil)
        #expect(try await store.ruleSetVersions(rules.id, tenant: TenantID("t2")).isEmpty)
        let record = try #require(try await store.ruleSet(rules.id, tenant: Tenant.defaultID))
        #expect(record.latestVersion == 2)
        #expect(record.updatedAt == later)
        for follower in followers {
            let stored = try await store.definition(follower.id, tenant: Tenant.defaultID)
            #expect(stored?.ruleSet == "doc2")
            #expect(stored?.ruleSetVersion == 2)
        }
        #expect(try await store.definition(loner.id, tenant: Tenant.defaultID)?.ruleSet == nil)
    }

    @Test(arguments: StoreKind.available)
    func aFollowedRuleSetCannotBeDeleted(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        let rules = record("strict")
        try await store.save(rules)
        _ = try await store.addRuleSetVersion(
            rules.id,
            tenant: Tenant.defaultID,
            document: "v1",
            actor: "a",
            at: Fixtures.epoch
        )
        var definition = try await Fixtures.definition(in: store)
        definition.ruleSetID = rules.id
        try await store.save(definition)

        let followed = await #expect(throws: ScanError.self) {
            try await store.deleteRuleSet(rules.id, tenant: Tenant.defaultID)
        }
        let foreign = await #expect(throws: ScanError.self) {
            try await store.deleteRuleSet(rules.id, tenant: TenantID("t2"))
        }
        definition.ruleSetID = nil
        try await store.save(definition)
        try await store.deleteRuleSet(rules.id, tenant: Tenant.defaultID)

        #expect(followed?.code == .conflict)
        #expect(foreign?.code == .notFound)
        #expect(try await store.ruleSet(rules.id, tenant: Tenant.defaultID) == nil)
        #expect(try await store.ruleSetVersions(rules.id, tenant: Tenant.defaultID).isEmpty)
    }

    @Test(arguments: StoreKind.available)
    func addingAVersionToAnUnknownRuleSetIsNotFound(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        let rules = record("strict", tenant: TenantID("t2"))
        try await store.save(rules)

        let error = await #expect(throws: ScanError.self) {
            try await store.addRuleSetVersion(
                rules.id,
                tenant: Tenant.defaultID,
                document: "x",
                actor: "a",
                at: Fixtures.epoch
            )
        }

        #expect(error?.code == .notFound)
        #expect(try await store.ruleSet(rules.id, tenant: TenantID("t2"))?.latestVersion == 0)
    }
}
