import Foundation
import ScanCore
import ScanTestSupport
import Testing

/// The audit log as the API reads it: newest first, filtered, paged by id.
struct ControlAuditTests {
    private func append(
        _ store: any ControlPlaneStore,
        _ action: String,
        actor: String = "alice",
        target: String = "t",
        tenant: TenantID = Tenant.defaultID
    ) async throws {
        try await store.appendAudit(
            AuditEvent(
                tenantID: tenant,
                at: Fixtures.epoch,
                actor: actor,
                action: action,
                target: target,
                requestID: "req-\(action)"
            )
        )
    }

    @Test(arguments: StoreKind.available)
    func eventsKeepTheirRequestIDAndComeNewestFirst(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        try await append(store, "run.created")
        try await append(store, "run.cancel_requested")
        try await append(store, "other", tenant: TenantID("t2"))

        let events = try await store.auditEvents(AuditQuery(tenantID: Tenant.defaultID))

        #expect(events.map(\.action) == ["run.cancel_requested", "run.created"])
        #expect(events.map(\.requestID) == ["req-run.cancel_requested", "req-run.created"])
    }

    @Test(arguments: StoreKind.available)
    func eventsAreFilteredByActionPrefixActorAndTarget(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        try await append(store, "run.created", target: "r1")
        try await append(store, "runXcreated", target: "r1")
        try await append(store, "RUN.created", actor: "bob", target: "r2")
        try await append(store, "finding.triage", actor: "bob", target: "f1")

        let runs = try await store.auditEvents(AuditQuery(tenantID: Tenant.defaultID, actionPrefix: "run."))
        let bob = try await store.auditEvents(AuditQuery(tenantID: Tenant.defaultID, actor: "bob"))
        let r1 = try await store.auditEvents(AuditQuery(tenantID: Tenant.defaultID, target: "r1"))
        let bobTriage = try await store.auditEvents(
            AuditQuery(tenantID: Tenant.defaultID, actionPrefix: "finding.", actor: "bob", target: "f1")
        )

        #expect(runs.map(\.action) == ["run.created"])
        #expect(bob.map(\.action) == ["finding.triage", "RUN.created"])
        #expect(r1.map(\.action) == ["runXcreated", "run.created"])
        #expect(bobTriage.map(\.target) == ["f1"])
    }

    @Test(arguments: StoreKind.available)
    func theCursorPagesOlderEvents(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        for index in 0..<5 { try await append(store, "e\(index)") }

        let page1 = try await store.auditEvents(AuditQuery(tenantID: Tenant.defaultID, limit: 2))
        let page2 = try await store.auditEvents(
            AuditQuery(tenantID: Tenant.defaultID, beforeID: page1.last?.id, limit: 2)
        )
        let page3 = try await store.auditEvents(
            AuditQuery(tenantID: Tenant.defaultID, beforeID: page2.last?.id, limit: 2)
        )

        #expect((page1 + page2 + page3).map(\.action) == ["e4", "e3", "e2", "e1", "e0"])
    }

    @Test(arguments: StoreKind.available)
    func aBatchIsAppendedWhole(kind: StoreKind) async throws {
        let store = try await kind.makeControlStore()
        let events = (1...3).map {
            AuditEvent(
                tenantID: Tenant.defaultID,
                at: Fixtures.epoch,
                actor: "bob",
                action: "finding.triaged",
                target: "\($0)"
            )
        }

        try await store.appendAudit(events)
        try await store.appendAudit([AuditEvent]())

        let stored = try await store.auditEvents(AuditQuery(tenantID: Tenant.defaultID, actionPrefix: "finding."))
        #expect(stored.map(\.target) == ["3", "2", "1"])
    }
}
