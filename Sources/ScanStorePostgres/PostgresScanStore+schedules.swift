public import Foundation
import Logging
import PostgresNIO
public import ScanCore

extension PostgresScanStore {
    /// Claims the slot, then starts a run the way ``startRun(definitionID:tenant:at:)`` does
    /// (or records the skip when a run is active), stores `nextRunAt` and audits it as the
    /// `scheduler` actor. The primary key on `(definition_id, slot)` makes exactly one of
    /// any number of schedulers, in any number of processes, fire a slot.
    ///
    /// - Throws: `.notFound` when the definition is not in the tenant; `.conflict` when it
    ///   is paused. Neither claims the slot.
    public func fireSchedule(
        definitionID: Identifier<ScanDefinition>,
        tenant: TenantID,
        slot: Date,
        nextRunAt: Date?,
        at now: Date
    ) async throws -> ScheduleFireResult {
        try await transaction { connection in
            let paused = try await connection.values(
                """
                SELECT paused FROM scan_definitions
                WHERE id = \(definitionID.rawValue) AND tenant_id = \(tenant.rawValue)
                """,
                as: Int.self,
                logger: logger
            )
            guard let flag = paused.first else {
                throw ScanError(.notFound, "scan definition \(definitionID) not found")
            }
            guard flag == 0 else { throw ScanError(.conflict, "scan definition \(definitionID) is paused") }
            guard try await connection.claimSlot(definitionID, tenant: tenant, slot: slot, at: now, logger: logger)
            else { return .alreadyFired }
            let start = try await connection.startRun(
                definitionID: definitionID,
                tenant: tenant,
                at: now,
                logger: logger
            )
            let fire = ScheduleFire(
                definitionID: definitionID,
                tenantID: tenant,
                slot: slot,
                outcome: start.created ? .started : .skippedActive,
                runID: start.run.id,
                firedAt: now
            )
            try await connection.record(fire, nextRunAt: nextRunAt, logger: logger)
            return .fired(fire)
        }
    }

    public func scheduleFires(
        definitionID: Identifier<ScanDefinition>,
        tenant: TenantID,
        limit: Int
    ) async throws -> [ScheduleFire] {
        try await read { connection in
            try await connection.rows(
                """
                SELECT * FROM schedule_fires
                WHERE definition_id = \(definitionID.rawValue) AND tenant_id = \(tenant.rawValue)
                ORDER BY slot DESC LIMIT \(limit)
                """,
                logger: logger
            ).map { try $0.scheduleFire() }
        }
    }
}

extension PostgresConnection {
    /// Inserts the `(definition, slot)` row; `false` when another scheduler already did.
    /// A concurrent claimer waits on the key until this transaction ends, then sees it.
    fileprivate func claimSlot(
        _ id: Identifier<ScanDefinition>,
        tenant: TenantID,
        slot: Date,
        at: Date,
        logger: Logger
    ) async throws -> Bool {
        try await count(
            """
            INSERT INTO schedule_fires (definition_id, tenant_id, slot, outcome, fired_at)
            VALUES (\(id.rawValue), \(tenant.rawValue), \(slot), 'started', \(at))
            ON CONFLICT DO NOTHING RETURNING 1
            """,
            logger: logger
        ) == 1
    }

    fileprivate func record(_ fire: ScheduleFire, nextRunAt: Date?, logger: Logger) async throws {
        try await run(
            """
            UPDATE schedule_fires SET outcome = \(fire.outcome.rawValue), run_id = \(fire.runID?.rawValue)
            WHERE definition_id = \(fire.definitionID.rawValue) AND slot = \(fire.slot)
            """,
            logger: logger
        )
        try await run(
            "UPDATE scan_definitions SET next_run_at = \(nextRunAt) WHERE id = \(fire.definitionID.rawValue)",
            logger: logger
        )
        try await insertAudit(
            tenant: fire.tenantID,
            at: fire.firedAt,
            actor: "scheduler",
            action: fire.outcome == .started ? "schedule.fired" : "schedule.skipped",
            target: fire.definitionID.rawValue,
            detail: "slot \(fire.slot.ISO8601Format())",
            logger: logger
        )
    }
}
