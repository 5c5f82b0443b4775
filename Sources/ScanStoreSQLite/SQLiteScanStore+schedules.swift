public import Foundation
import GRDB
public import ScanCore

extension SQLiteScanStore {
    public func dueDefinitions(at now: Date, limit: Int) async throws -> [ScanDefinition] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM scan_definitions
                    WHERE paused = 0 AND next_run_at IS NOT NULL AND next_run_at <= ?
                    ORDER BY next_run_at, id LIMIT ?
                    """,
                arguments: [now, limit]
            ).map { try $0.scanDefinition() }
        }
    }

    /// - Throws: `.notFound` when the definition is not in the tenant.
    public func setNextRun(_ id: Identifier<ScanDefinition>, tenant: TenantID, at next: Date?) async throws {
        try await write { db in
            try db.execute(
                sql: "UPDATE scan_definitions SET next_run_at = ? WHERE id = ? AND tenant_id = ?",
                arguments: [next, id.rawValue, tenant.rawValue]
            )
            guard db.changesCount == 1 else { throw ScanError(.notFound, "scan definition \(id) not found") }
        }
    }

    /// Claims the slot, then starts a run the way ``startRun(definitionID:tenant:at:)`` does
    /// (or records the skip when a run is active), stores `nextRunAt` and audits it as the
    /// `scheduler` actor (`schedule.fired` or `schedule.skipped`, detail: the slot).
    ///
    /// - Throws: `.notFound` when the definition is not in the tenant; `.conflict` when it
    ///   is paused (it was paused after the scheduler listed it). Neither claims the slot.
    public func fireSchedule(
        definitionID: Identifier<ScanDefinition>,
        tenant: TenantID,
        slot: Date,
        nextRunAt: Date?,
        at now: Date
    ) async throws -> ScheduleFireResult {
        try await write { db in
            guard
                let paused = try Bool.fetchOne(
                    db,
                    sql: "SELECT paused FROM scan_definitions WHERE id = ? AND tenant_id = ?",
                    arguments: [definitionID.rawValue, tenant.rawValue]
                )
            else { throw ScanError(.notFound, "scan definition \(definitionID) not found") }
            guard !paused else { throw ScanError(.conflict, "scan definition \(definitionID) is paused") }
            guard try db.claimSlot(definitionID, tenant: tenant, slot: slot, at: now) else { return .alreadyFired }
            let start = try db.startRun(definitionID: definitionID, tenant: tenant, at: now)
            let fire = ScheduleFire(
                definitionID: definitionID,
                tenantID: tenant,
                slot: slot,
                outcome: start.created ? .started : .skippedActive,
                runID: start.run.id,
                firedAt: now
            )
            try db.record(fire, nextRunAt: nextRunAt)
            return .fired(fire)
        }
    }

    public func scheduleFires(
        definitionID: Identifier<ScanDefinition>,
        tenant: TenantID,
        limit: Int
    ) async throws -> [ScheduleFire] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT * FROM schedule_fires WHERE definition_id = ? AND tenant_id = ? ORDER BY slot DESC LIMIT ?",
                arguments: [definitionID.rawValue, tenant.rawValue, limit]
            ).map { try $0.scheduleFire() }
        }
    }
}

extension Database {
    /// Inserts the `(definition, slot)` row; `false` when another scheduler already did.
    /// The outcome is provisional until ``record(_:nextRunAt:)`` in the same transaction.
    fileprivate func claimSlot(_ id: Identifier<ScanDefinition>, tenant: TenantID, slot: Date, at: Date) throws -> Bool
    {
        try execute(
            sql: """
                INSERT INTO schedule_fires (definition_id, tenant_id, slot, outcome, fired_at)
                VALUES (?, ?, ?, 'started', ?) ON CONFLICT DO NOTHING
                """,
            arguments: [id.rawValue, tenant.rawValue, slot, at]
        )
        return changesCount == 1
    }

    fileprivate func record(_ fire: ScheduleFire, nextRunAt: Date?) throws {
        let arguments: StatementArguments = [fire.definitionID.rawValue, fire.slot]
        try execute(
            sql: "UPDATE schedule_fires SET outcome = ?, run_id = ? WHERE definition_id = ? AND slot = ?",
            arguments: [fire.outcome.rawValue, fire.runID?.rawValue] + arguments
        )
        try execute(
            sql: "UPDATE scan_definitions SET next_run_at = ? WHERE id = ?",
            arguments: [nextRunAt, fire.definitionID.rawValue]
        )
        try audit(
            tenant: fire.tenantID,
            at: fire.firedAt,
            actor: "scheduler",
            action: fire.outcome == .started ? "schedule.fired" : "schedule.skipped",
            target: fire.definitionID.rawValue,
            detail: "slot \(fire.slot.ISO8601Format())"
        )
    }
}
