import Foundation
import Logging
import PostgresNIO
import ScanCore
import ScanStoreSQL

/// Queue primitives shared by the store's transactions; each runs inside the caller's
/// transaction.
extension PostgresConnection {
    /// Inserts the jobs that do not exist yet, in one statement, and counts them as open in
    /// `tally`; returns how many were inserted. A redelivered parent hits the idempotency
    /// keys and inserts nothing. Each job records its run's source, so caps and worker
    /// roles need no joins.
    func enqueue(
        _ jobs: [NewJob],
        run: Identifier<ScanRun>,
        tenant: TenantID,
        parent: Int64?,
        at: Date,
        tally: inout RunDelta,
        logger: Logger
    ) async throws -> Int {
        guard !jobs.isEmpty else { return 0 }
        let payloads = try jobs.map { try JSONColumn.encode($0.payload) }
        let inserted = try await count(
            EnqueueJobsStatement(
                tenant: tenant.rawValue,
                run: run.rawValue,
                parent: parent,
                at: at,
                kinds: jobs.map(\.kind.rawValue),
                keys: jobs.map(\.idempotencyKey),
                priorities: jobs.map(\.priority),
                maxAttempts: jobs.map(\.maxAttempts),
                payloads: payloads
            ),
            logger: logger
        )
        tally.openJobs += inserted
        return inserted
    }

    /// Marks a leased job finished and no longer open in `tally`; fails with `.leaseLost`
    /// if `worker` no longer holds it.
    func finishJob(
        _ job: Job,
        worker: String,
        state: JobState,
        error: String? = nil,
        at: Date,
        tally: inout RunDelta,
        logger: Logger
    ) async throws {
        let finished = try await count(
            FinishJobStatement(state: state.rawValue, at: at, error: error, id: job.id, worker: worker),
            logger: logger
        )
        guard finished == 1 else {
            throw ScanError(.leaseLost, "job \(job.id) is no longer leased by this worker")
        }
        tally.openJobs -= 1
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
