import Foundation
import ScanCore
import ScanTestSupport
import Testing

/// Due definitions and firing schedule slots at most once.
struct ControlScheduleTests {
    private let slot = Fixtures.epoch
    private let next = Fixtures.epoch.addingTimeInterval(86_400)

    @discardableResult
    private func scheduled(
        _ store: any ControlPlaneStore,
        name: String,
        nextRunAt: Date?,
        paused: Bool = false,
        tenant: TenantID = Tenant.defaultID
    ) async throws -> ScanDefinition {
        var definition = try await Fixtures.definition(in: store, name: name, tenant: tenant)
        definition.schedule = Schedule(kind: .daily, time: "00:00")
        definition.nextRunAt = nextRunAt
        definition.paused = paused
        try await store.save(definition)
        return definition
    }

    @Test(arguments: StoreKind.available)
    func dueDefinitionsAreUnpausedAndEarliestFirst(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        let late = try await scheduled(store, name: "late", nextRunAt: slot.addingTimeInterval(-10))
        let early = try await scheduled(
            store,
            name: "early",
            nextRunAt: slot.addingTimeInterval(-60),
            tenant: TenantID("t2")
        )
        let exact = try await scheduled(store, name: "exact", nextRunAt: slot)
        try await scheduled(store, name: "paused", nextRunAt: slot.addingTimeInterval(-120), paused: true)
        try await scheduled(store, name: "future", nextRunAt: slot.addingTimeInterval(1))
        try await scheduled(store, name: "manual", nextRunAt: nil)

        let due = try await store.dueDefinitions(at: slot, limit: 10)
        let first = try await store.dueDefinitions(at: slot, limit: 1)

        #expect(due.map(\.id) == [early.id, late.id, exact.id])
        #expect(first.map(\.id) == [early.id])
    }

    @Test(arguments: StoreKind.available)
    func firingStartsARunAndStoresTheNextSlot(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        let definition = try await scheduled(store, name: "nightly", nextRunAt: slot)

        let result = try await store.fireSchedule(
            definitionID: definition.id,
            tenant: Tenant.defaultID,
            slot: slot,
            nextRunAt: next,
            at: slot.addingTimeInterval(2)
        )

        guard case .fired(let fire) = result else { throw ScanError(.internalError, "expected a fire") }
        #expect(fire.outcome == .started)
        let runID = try #require(fire.runID)
        let run = try #require(try await store.run(runID, tenant: Tenant.defaultID))
        #expect(run.status == .pending)
        #expect(try await store.definition(definition.id, tenant: Tenant.defaultID)?.nextRunAt == next)
        #expect(
            try await store.scheduleFires(definitionID: definition.id, tenant: Tenant.defaultID, limit: 5) == [fire]
        )
        let audit = try await store.auditEvents(AuditQuery(tenantID: Tenant.defaultID, actor: "scheduler"))
        #expect(audit.map(\.action) == ["schedule.fired"])
        #expect(audit.first?.target == definition.id.rawValue)
    }

    @Test(arguments: StoreKind.available)
    func aSlotFiresOnlyOnce(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        let definition = try await scheduled(store, name: "nightly", nextRunAt: slot)
        let first = try await store.fireSchedule(
            definitionID: definition.id,
            tenant: Tenant.defaultID,
            slot: slot,
            nextRunAt: next,
            at: slot
        )
        guard case .fired(let fire) = first, let runID = fire.runID else {
            throw ScanError(.internalError, "expected a fire")
        }
        _ = try await store.cancelRun(runID, tenant: Tenant.defaultID, at: slot)

        // A second scheduler handles the same slot after the first run ended
        let second = try await store.fireSchedule(
            definitionID: definition.id,
            tenant: Tenant.defaultID,
            slot: slot,
            nextRunAt: next.addingTimeInterval(1),
            at: slot.addingTimeInterval(5)
        )

        #expect(second == .alreadyFired)
        #expect(try await store.runs(RunQuery(tenantID: Tenant.defaultID)).map(\.id) == [runID])
        #expect(try await store.definition(definition.id, tenant: Tenant.defaultID)?.nextRunAt == next)
        #expect(
            try await store.scheduleFires(definitionID: definition.id, tenant: Tenant.defaultID, limit: 5).count == 1
        )
    }

    @Test(arguments: StoreKind.available)
    func aSlotIsSkippedWhileARunIsActive(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        let definition = try await scheduled(store, name: "nightly", nextRunAt: slot)
        let active = try await store.startRun(definitionID: definition.id, tenant: Tenant.defaultID, at: slot).run

        let result = try await store.fireSchedule(
            definitionID: definition.id,
            tenant: Tenant.defaultID,
            slot: slot,
            nextRunAt: next,
            at: slot
        )

        guard case .fired(let fire) = result else { throw ScanError(.internalError, "expected a fire") }
        #expect(fire.outcome == .skippedActive)
        #expect(fire.runID == active.id)
        #expect(try await store.runs(RunQuery(tenantID: Tenant.defaultID)).count == 1)
        #expect(try await store.definition(definition.id, tenant: Tenant.defaultID)?.nextRunAt == next)
        let audit = try await store.auditEvents(AuditQuery(tenantID: Tenant.defaultID, actionPrefix: "schedule."))
        #expect(audit.map(\.action) == ["schedule.skipped"])
    }

    @Test(arguments: StoreKind.available)
    func pausedOrForeignDefinitionsDoNotFire(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        let paused = try await scheduled(store, name: "paused", nextRunAt: slot, paused: true)
        let foreign = try await scheduled(store, name: "foreign", nextRunAt: slot, tenant: TenantID("t2"))

        let pausedError = await #expect(throws: ScanError.self) {
            try await store.fireSchedule(
                definitionID: paused.id,
                tenant: Tenant.defaultID,
                slot: slot,
                nextRunAt: next,
                at: slot
            )
        }
        let foreignError = await #expect(throws: ScanError.self) {
            try await store.fireSchedule(
                definitionID: foreign.id,
                tenant: Tenant.defaultID,
                slot: slot,
                nextRunAt: next,
                at: slot
            )
        }

        #expect(pausedError?.code == .conflict)
        #expect(foreignError?.code == .notFound)
        #expect(try await store.scheduleFires(definitionID: paused.id, tenant: Tenant.defaultID, limit: 5).isEmpty)
        #expect(try await store.runs(RunQuery(tenantID: Tenant.defaultID)).isEmpty)
    }

    @Test(arguments: StoreKind.available)
    func setNextRunIsScopedByTenant(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        let definition = try await scheduled(store, name: "nightly", nextRunAt: slot)

        try await store.setNextRun(definition.id, tenant: Tenant.defaultID, at: next)
        let error = await #expect(throws: ScanError.self) {
            try await store.setNextRun(definition.id, tenant: TenantID("t2"), at: nil)
        }

        #expect(error?.code == .notFound)
        #expect(try await store.definition(definition.id, tenant: Tenant.defaultID)?.nextRunAt == next)
    }
}
