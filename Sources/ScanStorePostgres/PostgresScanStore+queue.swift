public import Foundation
import Logging
import PostgresNIO
public import ScanCore
import ScanStoreSQL

extension PostgresScanStore {
    /// Leases ready jobs with `FOR UPDATE SKIP LOCKED`, so concurrent workers each take
    /// different rows without waiting for one another. Jobs whose lease ran out (their
    /// worker stopped heartbeating) are returned to the queue first.
    public func claimJobs(_ request: ClaimRequest) async throws -> [Job] {
        guard request.limit > 0, !request.kinds.isEmpty else { return [] }
        return try await transaction { connection in
            try await connection.reclaimExpiredLeases(now: request.now, logger: logger)
            let candidates = try await connection.claimCandidates(request, logger: logger)
            let admitted = ClaimAdmission.admit(
                try await connection.recountCapped(candidates, logger: logger),
                limit: request.limit
            )
            guard !admitted.isEmpty else {
                // An idle worker ends the runs whose last two jobs finished at once.
                try await connection.finishDrainedRuns(at: request.now, logger: logger)
                return []
            }
            let expiry = request.now.addingTimeInterval(request.leaseDuration)
            let jobs = try await connection.rows(
                """
                UPDATE jobs SET state = 'leased', lease_owner = \(request.worker), lease_expires_at = \(expiry),
                    attempts = attempts + 1
                WHERE id = ANY(\(admitted))
                RETURNING *
                """,
                logger: logger
            )
            .map { try $0.job() }
            .sorted { ($0.priority, -$0.id) > ($1.priority, -$1.id) }
            try await connection.markRunsStarted(Set(jobs.map(\.runID)), at: request.now, logger: logger)
            return jobs
        }
    }

    public func extendLeases(_ jobIDs: [Int64], worker: String, until: Date) async throws -> Set<Int64> {
        guard !jobIDs.isEmpty else { return [] }
        return try await transaction { connection in
            let held = try await connection.values(
                """
                UPDATE jobs SET lease_expires_at = \(until)
                WHERE state = 'leased' AND lease_owner = \(worker) AND id = ANY(\(jobIDs))
                RETURNING id
                """,
                as: Int64.self,
                logger: logger
            )
            return Set(held)
        }
    }

    public func releaseLeases(exceptWorker worker: String) async throws -> Int {
        try await transaction { connection in
            try await connection.releaseAndNotify(
                """
                UPDATE jobs SET state = 'ready', lease_owner = NULL, lease_expires_at = NULL
                WHERE state = 'leased' AND lease_owner <> \(worker)
                RETURNING 1
                """,
                logger: logger
            )
        }
    }

    public func releaseLeases(heldBy worker: String) async throws -> Int {
        try await transaction { connection in
            try await connection.releaseAndNotify(
                """
                UPDATE jobs SET state = 'ready', lease_owner = NULL, lease_expires_at = NULL
                WHERE state = 'leased' AND lease_owner = \(worker)
                RETURNING 1
                """,
                logger: logger
            )
        }
    }

    public func failJob(_ job: Job, worker: String, error: String, retryAt: Date?, at: Date) async throws {
        try await transaction { connection in
            if let retryAt {
                try await connection.scheduleRetry(job, worker: worker, error: error, at: retryAt, logger: logger)
                return
            }
            try await connection.finishJob(job, worker: worker, state: .dead, error: error, at: at, logger: logger)
            try await connection.recordDeadJob(job, error: error, at: at, logger: logger)
            try await connection.finishRunIfComplete(job.runID, at: at, logger: logger)
        }
    }
}

extension PostgresConnection {
    /// Returns to the queue the jobs whose lease expired, skipping rows another worker
    /// is reclaiming at this moment.
    fileprivate func reclaimExpiredLeases(now: Date, logger: Logger) async throws {
        try await releaseAndNotify(
            """
            UPDATE jobs SET state = 'ready', lease_owner = NULL, lease_expires_at = NULL
            WHERE id IN (
                SELECT id FROM jobs WHERE state = 'leased' AND lease_expires_at < \(now)
                FOR UPDATE SKIP LOCKED)
            RETURNING 1
            """,
            logger: logger
        )
    }

    /// Runs a statement that hands leases back (it must return a row per job) and, if
    /// any were, wakes the workers to claim them.
    @discardableResult
    fileprivate func releaseAndNotify(_ query: PostgresQuery, logger: Logger) async throws -> Int {
        let released = try await count(query, logger: logger)
        if released > 0 { try await notifyJobsReady(logger: logger) }
        return released
    }

    fileprivate func markRunsStarted(_ runs: Set<Identifier<ScanRun>>, at: Date, logger: Logger) async throws {
        guard !runs.isEmpty else { return }
        try await run(
            """
            UPDATE scan_runs SET status = 'running', started_at = \(at)
            WHERE id = ANY(\(runs.map(\.rawValue).sorted())) AND status = 'pending'
            """,
            logger: logger
        )
    }

    fileprivate func scheduleRetry(
        _ job: Job,
        worker: String,
        error: String,
        at retryAt: Date,
        logger: Logger
    )
        async throws
    {
        let retried = try await count(
            """
            UPDATE jobs SET state = 'ready', run_after = \(retryAt), last_error = \(error), lease_owner = NULL,
                lease_expires_at = NULL
            WHERE id = \(job.id) AND state = 'leased' AND lease_owner = \(worker)
            RETURNING 1
            """,
            logger: logger
        )
        guard retried == 1 else {
            throw ScanError(.leaseLost, "job \(job.id) is no longer leased by this worker")
        }
    }

    /// Gives up on a job: a lost enumeration fails the run; a lost object is recorded with
    /// its outcome so progress still reaches the end.
    fileprivate func recordDeadJob(_ job: Job, error: String, at: Date, logger: Logger) async throws {
        switch job.payload {
        case .enumerate:
            try await run(
                """
                UPDATE scan_runs SET error = \("enumeration failed: \(error)"), enumeration_done = 1
                WHERE id = \(job.runID.rawValue)
                """,
                logger: logger
            )
        case .scan(let object):
            try await recordFailedObject(job.runID, path: object.path, error: error, at: at, logger: logger)
        case .finalize(let result):
            try await recordFailedObject(job.runID, path: result.object.path, error: error, at: at, logger: logger)
        case .act:
            break
        }
    }

    private func recordFailedObject(
        _ run: Identifier<ScanRun>,
        path: String,
        error: String,
        at: Date,
        logger: Logger
    ) async throws {
        let recorded = try await count(
            """
            INSERT INTO run_objects (run_id, path, outcome, reason, bytes_read, finding_count, finalized_at)
            VALUES (\(run.rawValue), \(path), 'unable_to_scan', \(error), 0, 0, \(at))
            ON CONFLICT DO NOTHING RETURNING 1
            """,
            logger: logger
        )
        guard recorded == 1 else { return }
        try await bump(run, RunDelta(finalized: 1, failed: 1), logger: logger)
    }
}
