import Foundation
import GRDB
import ScanCore

/// Run bookkeeping shared by the store's transactions.
extension Database {
    func insertRun(_ run: ScanRun) throws {
        try executeCached(
            sql: """
                INSERT INTO scan_runs (id, tenant_id, definition_id, status, enumeration_done, created_at,
                    started_at, finished_at, origin, tool, tool_version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                run.id.rawValue, run.tenantID.rawValue, run.definitionID.rawValue, run.status.rawValue,
                run.enumerationDone, run.createdAt, run.startedAt, run.finishedAt, run.origin.rawValue, run.tool,
                run.toolVersion,
            ]
        )
    }

    func scanRun(_ id: Identifier<ScanRun>) throws -> ScanRun {
        guard let row = try fetchOneCached(sql: "SELECT * FROM scan_runs WHERE id = ?", arguments: [id.rawValue])
        else { throw ScanError(.notFound, "run \(id) not found") }
        return try row.scanRun()
    }

    func audit(
        tenant: TenantID,
        at: Date,
        actor: String = "system",
        action: String,
        target: String,
        detail: String? = nil,
        requestID: String? = nil
    )
        throws
    {
        try executeCached(
            sql: """
                INSERT INTO audit_events (tenant_id, at, actor, action, target, detail, request_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [tenant.rawValue, at, actor, action, target, detail, requestID]
        )
    }

    func audit(_ event: AuditEvent) throws {
        try audit(
            tenant: event.tenantID,
            at: event.at,
            actor: event.actor,
            action: event.action,
            target: event.target,
            detail: event.detail,
            requestID: event.requestID
        )
    }

    /// Ends the run when enumeration is exhausted and every spawned job is finished.
    ///
    /// A completed run also marks as fixed the open findings of its definition that it did
    /// not see, except on objects it could not scan completely.
    func finishRunIfComplete(_ id: Identifier<ScanRun>, at: Date) throws {
        let run = try scanRun(id)
        let drained = run.enumerationDone || run.cancelRequested
        guard run.status.isActive, drained, try openJobs(id) == 0 else { return }
        let status: RunStatus = run.error != nil ? .failed : (run.cancelRequested ? .cancelled : .completed)
        if status == .completed {
            try markFixedFindings(run: run)
        }
        try executeCached(
            sql: "UPDATE scan_runs SET status = ?, finished_at = ?, started_at = COALESCE(started_at, ?) WHERE id = ?",
            arguments: [status.rawValue, at, at, id.rawValue]
        )
        try audit(tenant: run.tenantID, at: at, action: "run.\(status.rawValue)", target: id.rawValue)
    }

    private func openJobs(_ id: Identifier<ScanRun>) throws -> Int {
        try fetchOneCached(sql: "SELECT open_jobs FROM scan_runs WHERE id = ?", arguments: [id.rawValue])?[0] ?? 0
    }

    private func markFixedFindings(run: ScanRun) throws {
        try executeCached(
            sql: """
                UPDATE findings SET status = 'fixed', last_change = 'fixed'
                WHERE definition_id = ? AND tool = 'scanlogic' AND status = 'open' AND last_seen_run <> ?
                  AND NOT EXISTS (
                    SELECT 1 FROM run_objects o WHERE o.run_id = ? AND o.path = findings.object_path
                      AND o.outcome NOT IN ('clean', 'findings'))
                """,
            arguments: [run.definitionID.rawValue, run.id.rawValue, run.id.rawValue]
        )
        try executeCached(
            sql: "UPDATE scan_runs SET findings_fixed = findings_fixed + ? WHERE id = ?",
            arguments: [changesCount, run.id.rawValue]
        )
    }
}
