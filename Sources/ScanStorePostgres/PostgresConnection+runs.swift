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
        let root = NewJob(
            kind: .enumerate,
            idempotencyKey: JobKeys.enumerate(run: run.id, cursor: nil),
            priority: JobKeys.priority(base: priority, kind: .enumerate),
            maxAttempts: JobKeys.maxAttempts(.enumerate),
            payload: .enumerate(cursor: nil)
        )
        _ = try await enqueue([root], run: run.id, tenant: tenant, parent: nil, at: at, logger: logger)
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
            SELECT * FROM scan_runs WHERE definition_id = \(definitionID.rawValue) AND tenant_id = \(tenant.rawValue)
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
        guard let row = try await row("SELECT * FROM scan_runs WHERE id = \(id.rawValue)", logger: logger) else {
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
    /// The run row is locked first, so two workers finishing the last jobs at once see
    /// each other's counts and the run ends exactly once. A completed run also marks as
    /// fixed the open findings of its definition that it did not see, except on objects
    /// it could not scan completely.
    func finishRunIfComplete(_ id: Identifier<ScanRun>, at: Date, logger: Logger) async throws {
        guard let row = try await row("SELECT * FROM scan_runs WHERE id = \(id.rawValue) FOR UPDATE", logger: logger)
        else { return }
        let run = try row.scanRun()
        let drained = run.enumerationDone || run.cancelRequested
        guard run.status.isActive, drained, try row.value("open_jobs", as: Int.self) == 0 else { return }
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

    private func markFixedFindings(run: ScanRun, logger: Logger) async throws {
        let fixed = try await count(
            """
            UPDATE findings SET status = 'fixed', last_change = 'fixed'
            WHERE definition_id = \(run.definitionID.rawValue) AND status = 'open'
              AND last_seen_run <> \(run.id.rawValue)
              AND NOT EXISTS (
                SELECT 1 FROM run_objects o WHERE o.run_id = \(run.id.rawValue) AND o.path = findings.object_path
                  AND o.outcome NOT IN ('clean', 'findings'))
            RETURNING 1
            """,
            logger: logger
        )
        try await self.run(
            "UPDATE scan_runs SET findings_fixed = findings_fixed + \(fixed) WHERE id = \(run.id.rawValue)",
            logger: logger
        )
    }
}
