import Foundation
import GRDB
import ScanCore
import ScanStoreSQL

/// Queue primitives shared by the store's transactions; each runs inside the caller's
/// transaction.
extension Database {
    /// Inserts jobs that do not exist yet; returns how many were inserted.
    /// Each job records its run's source, so caps and worker roles need no joins.
    func enqueue(_ jobs: [NewJob], run: Identifier<ScanRun>, tenant: TenantID, parent: Int64?, at: Date) throws -> Int {
        guard !jobs.isEmpty else { return 0 }
        let source = try String.fetchOne(
            cachedStatement(
                sql: """
                    SELECT d.source_id FROM scan_runs r JOIN scan_definitions d ON d.id = r.definition_id
                    WHERE r.id = ?
                    """
            ),
            arguments: [run.rawValue]
        )
        let statement = try cachedStatement(
            sql: """
                INSERT INTO jobs (tenant_id, run_id, kind, parent_id, idempotency_key, priority, state,
                    max_attempts, run_after, payload, created_at, source_id)
                VALUES (?, ?, ?, ?, ?, ?, 'ready', ?, ?, ?, ?, ?)
                ON CONFLICT (tenant_id, idempotency_key) DO NOTHING
                """
        )
        var inserted = 0
        for job in jobs {
            try statement.execute(arguments: [
                tenant.rawValue, run.rawValue, job.kind.rawValue, parent, job.idempotencyKey, job.priority,
                job.maxAttempts, at, try JSONColumn.encode(job.payload), at, source,
            ])
            inserted += changesCount
        }
        if inserted > 0 {
            try executeCached(
                sql: "UPDATE scan_runs SET open_jobs = open_jobs + ? WHERE id = ?",
                arguments: [inserted, run.rawValue]
            )
        }
        return inserted
    }

    /// Marks a leased job done; fails with `.leaseLost` if `worker` no longer holds it.
    func finishJob(_ job: Job, worker: String, state: JobState, error: String? = nil, at: Date) throws {
        try executeCached(
            sql: """
                UPDATE jobs SET state = ?, finished_at = ?, lease_owner = NULL, lease_expires_at = NULL,
                    last_error = COALESCE(?, last_error)
                WHERE id = ? AND state = 'leased' AND lease_owner = ?
                """,
            arguments: [state.rawValue, at, error, job.id, worker]
        )
        guard changesCount == 1 else {
            throw ScanError(.leaseLost, "job \(job.id) is no longer leased by this worker")
        }
        try executeCached(
            sql: "UPDATE scan_runs SET open_jobs = open_jobs - 1 WHERE id = ?",
            arguments: [job.runID.rawValue]
        )
    }

    /// Whether a cancel was requested for the run.
    func isCancelRequested(_ run: Identifier<ScanRun>) throws -> Bool {
        try fetchOneCached(sql: "SELECT cancel_requested FROM scan_runs WHERE id = ?", arguments: [run.rawValue])?[0]
            ?? true
    }
}
