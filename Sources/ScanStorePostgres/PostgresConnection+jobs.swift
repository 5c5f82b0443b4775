import Foundation
import Logging
import PostgresNIO
import ScanCore
import ScanStoreSQL

/// Queue primitives shared by the store's transactions; each runs inside the caller's
/// transaction.
extension PostgresConnection {
    /// Inserts the jobs that do not exist yet, in one statement; returns how many were
    /// inserted. A redelivered parent hits the idempotency keys and inserts nothing. Each
    /// job records its run's source, so caps and worker roles need no joins.
    func enqueue(
        _ jobs: [NewJob],
        run: Identifier<ScanRun>,
        tenant: TenantID,
        parent: Int64?,
        at: Date,
        logger: Logger
    ) async throws -> Int {
        guard !jobs.isEmpty else { return 0 }
        let payloads = try jobs.map { try JSONColumn.encode($0.payload) }
        let inserted = try await count(
            """
            INSERT INTO jobs (tenant_id, run_id, kind, parent_id, idempotency_key, priority, state,
                max_attempts, run_after, payload, created_at, source_id)
            SELECT \(tenant.rawValue), \(run.rawValue), j.kind, \(parent), j.key, j.priority, 'ready',
                j.max_attempts, \(at), j.payload, \(at),
                (SELECT d.source_id FROM scan_runs r JOIN scan_definitions d ON d.id = r.definition_id
                 WHERE r.id = \(run.rawValue))
            FROM UNNEST(\(jobs.map(\.kind.rawValue))::text[], \(jobs.map(\.idempotencyKey))::text[],
                \(jobs.map(\.priority))::bigint[], \(jobs.map(\.maxAttempts))::bigint[], \(payloads)::text[])
                AS j (kind, key, priority, max_attempts, payload)
            ON CONFLICT (tenant_id, idempotency_key) DO NOTHING
            RETURNING 1
            """,
            logger: logger
        )
        if inserted > 0 {
            try await bump(run, RunDelta(openJobs: inserted), logger: logger)
        }
        return inserted
    }

    /// Marks a leased job finished; fails with `.leaseLost` if `worker` no longer holds it.
    func finishJob(
        _ job: Job,
        worker: String,
        state: JobState,
        error: String? = nil,
        at: Date,
        logger: Logger
    ) async throws {
        let finished = try await count(
            """
            UPDATE jobs SET state = \(state.rawValue), finished_at = \(at), lease_owner = NULL,
                lease_expires_at = NULL, last_error = COALESCE(\(error), last_error)
            WHERE id = \(job.id) AND state = 'leased' AND lease_owner = \(worker)
            RETURNING 1
            """,
            logger: logger
        )
        guard finished == 1 else {
            throw ScanError(.leaseLost, "job \(job.id) is no longer leased by this worker")
        }
        try await bump(job.runID, RunDelta(openJobs: -1), logger: logger)
    }

    /// Whether a cancel was requested for the run (a missing run counts as cancelled).
    func isCancelRequested(_ run: Identifier<ScanRun>, logger: Logger) async throws -> Bool {
        let flags = try await values(
            "SELECT cancel_requested FROM scan_runs WHERE id = \(run.rawValue)",
            as: Int.self,
            logger: logger
        )
        return (flags.first ?? 1) != 0
    }
}
