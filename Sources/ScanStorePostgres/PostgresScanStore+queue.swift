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
        let reclaim = reclaimPacer.shouldLook(at: request.now)
        return try await transaction { connection in
            try await connection.configureClaim(logger: logger)
            if reclaim {
                try await connection.releaseAndNotify(ReclaimExpiredLeasesStatement(now: request.now), logger: logger)
            }
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
            let lease = LeaseJobsStatement(
                worker: request.worker,
                expiry: request.now.addingTimeInterval(request.leaseDuration),
                ids: admitted,
                now: request.now
            )
            return try await connection.rows(lease, logger: logger)
                .map { try $0.job() }
                .sorted { ($0.priority, -$0.id) > ($1.priority, -$1.id) }
        }
    }

    public func extendLeases(_ jobIDs: [Int64], worker: String, until: Date) async throws -> Set<Int64> {
        guard !jobIDs.isEmpty else { return [] }
        return try await transaction { connection in
            try await connection.skipCommitFlush(logger: logger)
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
            var tally = RunDelta()
            try await connection.finishJob(
                job,
                worker: worker,
                state: .dead,
                error: error,
                at: at,
                tally: &tally,
                logger: logger
            )
            try await connection.recordDeadJob(job, error: error, at: at, tally: &tally, logger: logger)
            try await connection.bump(job.runID, tally, logger: logger)
            try await connection.finishRunIfComplete(job.runID, at: at, logger: logger)
        }
    }
}

extension PostgresConnection {
    /// Lets the transaction commit without waiting for its WAL to reach the disk.
    ///
    /// Only for claims and lease extensions, which a database crash may lose without
    /// harm: a lost claim leaves the job ready, and the worker running it finds its lease
    /// gone when it completes, so the job runs again like any redelivered job. Waiting for
    /// the disk there doubled the commits each job waits for. Completions still wait.
    fileprivate func skipCommitFlush(logger: Logger) async throws {
        try await run("SET LOCAL synchronous_commit = off", logger: logger)
    }

    /// ``skipCommitFlush(logger:)`` for a claim, which also keeps PostgreSQL from sorting
    /// the ready jobs.
    ///
    /// The `jobs_ready` index gives them in claim order, so walking it stops at the limit.
    /// Without statistics (a new database, or just after a large enumeration, until
    /// autovacuum analyzes the table) the planner guessed that almost no job passes the
    /// filters and chose to sort them all instead: 105 ms per claim over 50,000 ready jobs
    /// instead of 1.2 ms.
    fileprivate func configureClaim(logger: Logger) async throws {
        try await run(
            """
            SELECT set_config('synchronous_commit', 'off', true), set_config('enable_sort', 'off', true)
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

    /// ``releaseAndNotify(_:logger:)`` for a ``HotStatement``.
    @discardableResult
    func releaseAndNotify<Statement: HotStatement>(_ statement: Statement, logger: Logger) async throws -> Int {
        let released = try await count(statement, logger: logger)
        if released > 0 { try await notifyJobsReady(logger: logger) }
        return released
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
    fileprivate func recordDeadJob(
        _ job: Job,
        error: String,
        at: Date,
        tally: inout RunDelta,
        logger: Logger
    ) async throws {
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
            try await recordFailedObject(
                job.runID,
                path: object.path,
                error: error,
                at: at,
                tally: &tally,
                logger: logger
            )
        case .finalize(let result):
            try await recordFailedObject(
                job.runID,
                path: result.object.path,
                error: error,
                at: at,
                tally: &tally,
                logger: logger
            )
        case .act:
            break
        }
    }

    private func recordFailedObject(
        _ run: Identifier<ScanRun>,
        path: String,
        error: String,
        at: Date,
        tally: inout RunDelta,
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
        tally.finalized += 1
        tally.failed += 1
    }
}
