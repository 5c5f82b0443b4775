import Foundation
import ScanCore
import ScanTestSupport
import Testing

/// Listing and deleting sources and definitions, and the control-plane fields of a definition.
struct ControlDefinitionTests {
    private let other = TenantID("other")

    @Test(arguments: StoreKind.available)
    func scheduleAndRuleSetFieldsRoundTrip(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        var definition = try await Fixtures.definition(in: store)
        definition.schedule = Schedule(kind: .weekly, time: "03:30", weekday: "mon", timeZone: "Europe/Paris")
        definition.paused = true
        definition.nextRunAt = Fixtures.epoch.addingTimeInterval(3600)
        let ruleSet = RuleSetRecord(
            tenantID: Tenant.defaultID,
            name: "rules",
            createdAt: Fixtures.epoch,
            updatedAt: Fixtures.epoch
        )
        try await store.save(ruleSet)
        definition.ruleSetID = ruleSet.id
        definition.ruleSetVersion = 4

        try await store.save(definition)

        #expect(try await store.definition(definition.id, tenant: Tenant.defaultID) == definition)
    }

    @Test(arguments: StoreKind.available)
    func listsAreByNameAndPerTenant(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        let beta = try await Fixtures.definition(in: store, name: "beta")
        let alpha = try await Fixtures.definition(in: store, name: "alpha")
        try await Fixtures.definition(in: store, name: "gamma", tenant: other)

        let sources = try await store.sources(tenant: Tenant.defaultID)
        let definitions = try await store.definitions(tenant: Tenant.defaultID, sourceID: nil)
        let ofBeta = try await store.definitions(tenant: Tenant.defaultID, sourceID: beta.sourceID)

        #expect(sources.map(\.name) == ["alpha", "beta"])
        #expect(definitions.map(\.id) == [alpha.id, beta.id])
        #expect(ofBeta.map(\.id) == [beta.id])
        #expect(try await store.definitions(tenant: other, sourceID: beta.sourceID).isEmpty)
    }

    @Test(arguments: StoreKind.available)
    func deletingASourceRemovesEverythingUnderIt(kind: StoreKind) async throws {
        // Given a source whose definition has run and produced a finding and an asset
        let store = try await kind.makeControlStore()
        let definition = try await Fixtures.definition(in: store)
        let run = try await ControlScenario.run(
            store,
            definition,
            objects: ["a": [Fixtures.detection("r", path: "a", value: "v")]],
            assets: ["a": [AssetObservation(path: "a", parentPath: nil, kind: .file)]]
        )

        // When it is deleted
        try await store.deleteSource(definition.sourceID, tenant: Tenant.defaultID)

        // Then its definitions, runs, findings and assets are gone
        #expect(try await store.source(definition.sourceID, tenant: Tenant.defaultID) == nil)
        #expect(try await store.definition(definition.id, tenant: Tenant.defaultID) == nil)
        #expect(try await store.run(run.id, tenant: Tenant.defaultID) == nil)
        #expect(try await store.findings(FindingQuery()).isEmpty)
        #expect(try await store.assets(source: definition.sourceID, tenant: Tenant.defaultID).isEmpty)
    }

    @Test(arguments: StoreKind.available)
    func deletingADefinitionKeepsItsSource(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        let definition = try await Fixtures.definition(in: store)
        try await ControlScenario.run(
            store,
            definition,
            objects: ["a": [Fixtures.detection("r", path: "a", value: "v")]]
        )

        try await store.deleteDefinition(definition.id, tenant: Tenant.defaultID)

        #expect(try await store.definition(definition.id, tenant: Tenant.defaultID) == nil)
        #expect(try await store.source(definition.sourceID, tenant: Tenant.defaultID) != nil)
        #expect(try await store.findings(FindingQuery()).isEmpty)
        #expect(try await store.runs(RunQuery(tenantID: Tenant.defaultID)).isEmpty)
    }

    @Test(arguments: StoreKind.available)
    func deletingWhileARunIsActiveConflicts(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        let definition = try await Fixtures.definition(in: store)
        _ = try await store.startRun(definitionID: definition.id, tenant: Tenant.defaultID, at: Fixtures.epoch)

        let source = await #expect(throws: ScanError.self) {
            try await store.deleteSource(definition.sourceID, tenant: Tenant.defaultID)
        }
        let scan = await #expect(throws: ScanError.self) {
            try await store.deleteDefinition(definition.id, tenant: Tenant.defaultID)
        }

        #expect(source?.code == .conflict)
        #expect(scan?.code == .conflict)
        #expect(try await store.definition(definition.id, tenant: Tenant.defaultID) != nil)
    }

    @Test(arguments: StoreKind.available)
    func anotherTenantsObjectsAreNotFound(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        let definition = try await Fixtures.definition(in: store, tenant: other)

        let source = await #expect(throws: ScanError.self) {
            try await store.deleteSource(definition.sourceID, tenant: Tenant.defaultID)
        }
        let scan = await #expect(throws: ScanError.self) {
            try await store.deleteDefinition(definition.id, tenant: Tenant.defaultID)
        }

        #expect(source?.code == .notFound)
        #expect(scan?.code == .notFound)
        #expect(try await store.definition(definition.id, tenant: other) != nil)
    }

    @Test(arguments: StoreKind.available)
    func savingNeverReachesIntoAnotherTenant(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        let theirs = try await Fixtures.definition(in: store, name: "theirs", tenant: other)
        let ours = try await Fixtures.definition(in: store, name: "ours")
        guard var hijackedSource = try await store.source(theirs.sourceID, tenant: other) else {
            Issue.record("fixture source missing")
            return
        }
        hijackedSource.tenantID = Tenant.defaultID
        hijackedSource.location = "/elsewhere"
        var hijackedDefinition = theirs
        hijackedDefinition.tenantID = Tenant.defaultID
        var borrowing = ours
        borrowing.sourceID = theirs.sourceID

        let source = await #expect(throws: ScanError.self) { try await store.save(hijackedSource) }
        let definition = await #expect(throws: ScanError.self) { try await store.save(hijackedDefinition) }
        let reference = await #expect(throws: ScanError.self) { try await store.save(borrowing) }

        #expect(source?.code == .notFound)
        #expect(definition?.code == .notFound)
        #expect(reference?.code == .notFound)
        #expect(try await store.source(theirs.sourceID, tenant: other)?.location == "/srv/theirs")
        #expect(try await store.definition(theirs.id, tenant: other) == theirs)
        #expect(try await store.definition(ours.id, tenant: Tenant.defaultID) == ours)
    }
}
