public import Foundation
import GRDB
public import ScanCore
import ScanStoreSQL

extension SQLiteScanStore {
    public func claimJobs(_ request: ClaimRequest) async throws -> [Job] {
        guard request.limit > 0, !request.kinds.isEmpty else { return [] }
        return try await write { db in
            // A lease that ran out belongs to a worker that stopped; its job is claimable again.
            try db.executeCached(
                sql: """
                    UPDATE jobs SET state = 'ready', lease_owner = NULL, lease_expires_at = NULL
                    WHERE state = 'leased' AND lease_expires_at < ?
                    """,
                arguments: [request.now]
            )
            let ids = try db.readyJobIDs(request)
            guard !ids.isEmpty else { return [] }
            let expiry = request.now.addingTimeInterval(request.leaseDuration)
            let marks = databaseQuestionMarks(count: ids.count)
            try db.executeCached(
                sql: """
                    UPDATE jobs SET state = 'leased', lease_owner = ?, lease_expires_at = ?, attempts = attempts + 1
                    WHERE id IN (\(marks))
                    """,
                arguments: StatementArguments([request.worker, expiry] as [any DatabaseValueConvertible])
                    + StatementArguments(ids)
            )
            let jobs = try Row.fetchAll(
                db,
                sql: "SELECT * FROM jobs WHERE id IN (\(marks)) ORDER BY priority DESC, id",
                arguments: StatementArguments(ids)
            )
            .map { try $0.job() }
            try db.markRunsStarted(Set(jobs.map(\.runID)), at: request.now)
            return jobs
        }
    }

    public func extendLeases(_ jobIDs: [Int64], worker: String, until: Date) async throws -> Set<Int64> {
        guard !jobIDs.isEmpty else { return [] }
        return try await write { db in
            let marks = databaseQuestionMarks(count: jobIDs.count)
            let arguments = StatementArguments([worker] as [any DatabaseValueConvertible]) + StatementArguments(jobIDs)
            try db.executeCached(
                sql:
                    "UPDATE jobs SET lease_expires_at = ? WHERE state = 'leased' AND lease_owner = ? AND id IN (\(marks))",
                arguments: StatementArguments([until] as [any DatabaseValueConvertible]) + arguments
            )
            let held = try Int64.fetchAll(
                db,
                sql: "SELECT id FROM jobs WHERE state = 'leased' AND lease_owner = ? AND id IN (\(marks))",
                arguments: arguments
            )
            return Set(held)
        }
    }

    public func releaseLeases(exceptWorker worker: String) async throws -> Int {
        try await write { db in
            try db.executeCached(
                sql: """
                    UPDATE jobs SET state = 'ready', lease_owner = NULL, lease_expires_at = NULL
                    WHERE state = 'leased' AND lease_owner <> ?
                    """,
                arguments: [worker]
            )
            return db.changesCount
        }
    }

    public func releaseLeases(heldBy worker: String) async throws -> Int {
        try await write { db in
            try db.executeCached(
                sql: """
                    UPDATE jobs SET state = 'ready', lease_owner = NULL, lease_expires_at = NULL
                    WHERE state = 'leased' AND lease_owner = ?
                    """,
                arguments: [worker]
            )
            return db.changesCount
        }
    }

    public func failJob(_ job: Job, worker: String, error: String, retryAt: Date?, at: Date) async throws {
        try await write { db in
            if let retryAt {
                try db.scheduleRetry(job, worker: worker, error: error, at: retryAt)
                return
            }
            try db.finishJob(job, worker: worker, state: .dead, error: error, at: at)
            try db.recordDeadJob(job, error: error, at: at)
            try db.finishRunIfComplete(job.runID, at: at)
        }
    }
}

extension Database {
    /// The ready jobs this claim may lease: of the worker's kinds, sources and labels,
    /// in priority order, skipping sources and tenants at their cap (``ClaimAdmission``).
    fileprivate func readyJobIDs(_ request: ClaimRequest) throws -> [Int64] {
        let kinds = request.kinds.map(\.rawValue).sorted()
        var arguments =
            StatementArguments([request.readyBefore ?? request.now] as [any DatabaseValueConvertible])
            + StatementArguments(kinds)
        var roleFilter = ""
        if !request.sources.isEmpty {
            let names = request.sources.sorted()
            let marks = databaseQuestionMarks(count: names.count)
            roleFilter += " AND j.source_id IN (SELECT id FROM sources WHERE name IN (\(marks)) OR id IN (\(marks)))"
            arguments += StatementArguments(names) + StatementArguments(names)
        }
        if !request.labels.isEmpty {
            let labels = request.labels.sorted()
            roleFilter +=
                " AND EXISTS (SELECT 1 FROM json_each(s.labels) WHERE json_each.value IN (\(databaseQuestionMarks(count: labels.count))))"
            arguments += StatementArguments(labels)
        }
        let placement = try ClaimSQL.placementFilter(request.agent)
        roleFilter += placement.sql
        arguments += placement.arguments
        // Admission may turn some candidates away, so look a little further than the limit.
        arguments += StatementArguments([request.limit * 4])
        let candidates = try Row.fetchAll(
            cachedStatement(
                sql: ClaimSQL.candidates(kindMarks: databaseQuestionMarks(count: kinds.count), roleFilter: roleFilter)
            ),
            arguments: arguments
        )
        .map { row in
            ClaimAdmission.Candidate(
                id: row["id"],
                kind: row["kind"],
                tenant: row["tenant_id"],
                tenantCap: row["tenant_cap"],
                tenantInUse: row["tenant_in_use"],
                source: row["source_id"],
                sourceCap: row["source_cap"],
                sourceInUse: row["source_in_use"]
            )
        }
        return ClaimAdmission.admit(candidates, limit: request.limit)
    }

    fileprivate func markRunsStarted(_ runs: Set<Identifier<ScanRun>>, at: Date) throws {
        for run in runs {
            try executeCached(
                sql: "UPDATE scan_runs SET status = 'running', started_at = ? WHERE id = ? AND status = 'pending'",
                arguments: [at, run.rawValue]
            )
        }
    }

    fileprivate func scheduleRetry(_ job: Job, worker: String, error: String, at retryAt: Date) throws {
        try executeCached(
            sql: """
                UPDATE jobs SET state = 'ready', run_after = ?, last_error = ?, lease_owner = NULL, lease_expires_at = NULL
                WHERE id = ? AND state = 'leased' AND lease_owner = ?
                """,
            arguments: [retryAt, error, job.id, worker]
        )
        guard changesCount == 1 else {
            throw ScanError(.leaseLost, "job \(job.id) is no longer leased by this worker")
        }
    }

    /// Gives up on a job: a lost enumeration fails the run; a lost object is recorded with
    /// its outcome so progress still reaches the end.
    fileprivate func recordDeadJob(_ job: Job, error: String, at: Date) throws {
        switch job.payload {
        case .enumerate:
            try executeCached(
                sql: "UPDATE scan_runs SET error = ?, enumeration_done = 1 WHERE id = ?",
                arguments: ["enumeration failed: \(error)", job.runID.rawValue]
            )
        case .scan(let object):
            try recordFailedObject(job.runID, path: object.path, error: error, at: at)
        case .finalize(let result):
            try recordFailedObject(job.runID, path: result.object.path, error: error, at: at)
        case .act:
            break
        }
    }

    private func recordFailedObject(_ run: Identifier<ScanRun>, path: String, error: String, at: Date) throws {
        try executeCached(
            sql: """
                INSERT INTO run_objects (run_id, path, outcome, reason, bytes_read, finding_count, finalized_at)
                VALUES (?, ?, 'unable_to_scan', ?, 0, 0, ?) ON CONFLICT DO NOTHING
                """,
            arguments: [run.rawValue, path, error, at]
        )
        guard changesCount == 1 else { return }
        try executeCached(
            sql: "UPDATE scan_runs SET finalized = finalized + 1, failed = failed + 1 WHERE id = ?",
            arguments: [run.rawValue]
        )
    }
}
