import Foundation
import Logging
import PostgresNIO
import ScanCore
import ScanStoreSQL

/// Run bookkeeping shared by the store's transactions.
extension PostgresConnection {
    /// Returns the definition's active run (`created == false`), or inserts a pending run
    /// with its root enumeration job. The unique index on active runs settles a race
    /// between two starters: the loser's insert fails and its transaction retries.
    /// - Throws: `.notFound` when the definition is not in the tenant.
    func startRun(
        definitionID: Identifier<ScanDefinition>,
        tenant: TenantID,
        at: Date,
        logger: Logger
    ) async throws -> RunStart {
        if let active = try await activeRun(definitionID: definitionID, tenant: tenant, logger: logger) {
            return RunStart(run: active, created: false)
        }
        let priorities = try await values(
            "SELECT priority FROM scan_definitions WHERE id = \(definitionID.rawValue) AND tenant_id = \(tenant.rawValue)",
            as: Int.self,
            logger: logger
        )
        guard let priority = priorities.first else {
            throw ScanError(.notFound, "scan definition \(definitionID) not found")
        }
        let run = ScanRun(tenantID: tenant, definitionID: definitionID, createdAt: at)
        guard try await insertRun(run, logger: logger) else {
            // Another process started a run between the check and the insert.
            guard let active = try await activeRun(definitionID: definitionID, tenant: tenant, logger: logger) else {
                throw ScanError(
                    .conflict,
                    "scan definition \(definitionID) is being started elsewhere",
                    transient: true
                )
            }
            return RunStart(run: active, created: false)
        }
        let root = PipelineJobs.root(run: run.id, priority: priority)
        var tally = RunDelta()
        _ = try await enqueue([root], run: run.id, tenant: tenant, parent: nil, at: at, tally: &tally, logger: logger)
        try await bump(run.id, tally, logger: logger)
        try await notifyJobsReady(logger: logger)
        try await insertAudit(tenant: tenant, at: at, action: "run.created", target: run.id.rawValue, logger: logger)
        return RunStart(run: try await scanRun(run.id, logger: logger), created: true)
    }

    /// The pending or running run of the definition, if any.
    func activeRun(
        definitionID: Identifier<ScanDefinition>,
        tenant: TenantID,
        logger: Logger
    ) async throws -> ScanRun? {
        try await row(
            """
            SELECT * FROM run_view WHERE definition_id = \(definitionID.rawValue) AND tenant_id = \(tenant.rawValue)
                AND status IN ('pending', 'running')
            """,
            logger: logger
        )?.scanRun()
    }

    /// Inserts a pending run; `false` when the definition already has an active one.
    private func insertRun(_ run: ScanRun, logger: Logger) async throws -> Bool {
        try await count(
            """
            INSERT INTO scan_runs (id, tenant_id, definition_id, status, created_at)
            VALUES (\(run.id.rawValue), \(run.tenantID.rawValue), \(run.definitionID.rawValue),
                \(run.status.rawValue), \(run.createdAt))
            ON CONFLICT (definition_id) WHERE status IN ('pending', 'running') DO NOTHING
            RETURNING 1
            """,
            logger: logger
        ) == 1
    }

    func scanRun(_ id: Identifier<ScanRun>, logger: Logger) async throws -> ScanRun {
        guard let row = try await row("SELECT * FROM run_view WHERE id = \(id.rawValue)", logger: logger) else {
            throw ScanError(.notFound, "run \(id) not found")
        }
        return try row.scanRun()
    }

    /// Appends one audit event.
    func insertAudit(
        tenant: TenantID,
        at: Date,
        actor: String = "system",
        action: String,
        target: String,
        detail: String? = nil,
        requestID: String? = nil,
        logger: Logger
    ) async throws {
        try await run(
            """
            INSERT INTO audit_events (tenant_id, at, actor, action, target, detail, request_id)
            VALUES (\(tenant.rawValue), \(at), \(actor), \(action), \(target), \(detail), \(requestID))
            """,
            logger: logger
        )
    }

    /// Ends the run when enumeration is exhausted and every spawned job is finished.
    ///
    /// Most completions see open jobs and return without locking anything. One that sees
    /// none locks the run row and looks again, so two workers finishing the last jobs at
    /// once cannot both end it. They can both miss it (each still sees the other's job as
    /// open until it commits); ``finishDrainedRuns(at:logger:)``, run by idle workers,
    /// ends such runs. A completed run also marks as fixed the open findings of its
    /// definition that it did not see, except on objects it could not scan completely.
    func finishRunIfComplete(_ id: Identifier<ScanRun>, at: Date, logger: Logger) async throws {
        guard try await isDrained(id, logger: logger) else { return }
        try await run("SELECT 1 FROM scan_runs WHERE id = \(id.rawValue) FOR UPDATE", logger: logger)
        guard try await isDrained(id, logger: logger) else { return }
        let run = try await scanRun(id, logger: logger)
        let status: RunStatus = run.error != nil ? .failed : (run.cancelRequested ? .cancelled : .completed)
        if status == .completed {
            try await markFixedFindings(run: run, logger: logger)
        }
        try await self.run(
            """
            UPDATE scan_runs SET status = \(status.rawValue), finished_at = \(at),
                started_at = COALESCE(started_at, \(at)) WHERE id = \(id.rawValue)
            """,
            logger: logger
        )
        try await insertAudit(
            tenant: run.tenantID,
            at: at,
            action: "run.\(status.rawValue)",
            target: id.rawValue,
            logger: logger
        )
    }

    /// Ends the active runs that are drained but were not ended by their last job (see
    /// ``finishRunIfComplete(_:at:logger:)``); returns how many it ended.
    @discardableResult
    func finishDrainedRuns(at: Date, logger: Logger) async throws -> Int {
        let drained = try await values(
            """
            SELECT id FROM run_view WHERE status IN ('pending', 'running')
              AND (enumeration_done = 1 OR cancel_requested = 1) AND open_jobs = 0
            """,
            as: String.self,
            logger: logger
        )
        for id in drained {
            try await finishRunIfComplete(Identifier(id), at: at, logger: logger)
        }
        return drained.count
    }

    /// Whether the run is active, will spawn nothing more, and has no job left.
    private func isDrained(_ id: Identifier<ScanRun>, logger: Logger) async throws -> Bool {
        guard
            let row = try await rows(RunDrainStateStatement(run: id.rawValue), logger: logger).first
        else { return false }
        let active = try RunStatus(rawValue: row.value("status"))?.isActive ?? false
        let enumerated = try row.flag("enumeration_done")
        let cancelled = try row.flag("cancel_requested")
        let openJobs = try row.value("open_jobs", as: Int.self)
        return active && (enumerated || cancelled) && openJobs == 0
    }

    private func markFixedFindings(run: ScanRun, logger: Logger) async throws {
        let fixed = try await count(
            """
            UPDATE findings SET status = 'fixed', last_change = 'fixed'
            WHERE definition_id = \(run.definitionID.rawValue) AND tool = 'scanlogic' AND status = 'open'
              AND last_seen_run <> \(run.id.rawValue)
              AND NOT EXISTS (
                SELECT 1 FROM run_objects o WHERE o.run_id = \(run.id.rawValue) AND o.path = findings.object_path
                  AND o.outcome NOT IN ('clean', 'findings'))
            RETURNING 1
            """,
            logger: logger
        )
        try await bump(run.id, RunDelta(findingsFixed: fixed), logger: logger)
    }
}
