public import Foundation
import PostgresNIO
public import ScanCore
import ScanStoreSQL

extension PostgresScanStore {
    public func completeEnumeration(_ job: Job, worker: String, page: EnumerationPage, at: Date) async throws {
        try await transaction { connection in
            var tally = RunDelta()
            try await connection.finishJob(job, worker: worker, state: .done, at: at, tally: &tally, logger: logger)
            if try await connection.isCancelRequested(job.runID, logger: logger) {
                try await connection.bump(job.runID, tally, logger: logger)
                try await connection.finishRunIfComplete(job.runID, at: at, logger: logger)
                return
            }
            let scans = PipelineJobs.scans(of: page, listedBy: job)
            let inserted = try await connection.enqueue(
                scans,
                run: job.runID,
                tenant: job.tenantID,
                parent: job.id,
                at: at,
                tally: &tally,
                logger: logger
            )
            if inserted > 0 { try await connection.notifyJobsReady(logger: logger) }
            tally.enumerated += inserted
            try await enqueueNextPage(
                after: job,
                cursor: page.nextCursor,
                connection: connection,
                at: at,
                tally: &tally
            )
            try await connection.bump(job.runID, tally, logger: logger)
            try await connection.finishRunIfComplete(job.runID, at: at, logger: logger)
        }
    }

    /// Enqueues the enumeration of the next page, or marks enumeration done.
    private func enqueueNextPage(
        after job: Job,
        cursor: String?,
        connection: PostgresConnection,
        at: Date,
        tally: inout RunDelta
    )
        async throws
    {
        guard let cursor else {
            try await connection.run(
                "UPDATE scan_runs SET enumeration_done = 1 WHERE id = \(job.runID.rawValue)",
                logger: logger
            )
            return
        }
        let next = PipelineJobs.nextPage(cursor, after: job)
        _ = try await connection.enqueue(
            [next],
            run: job.runID,
            tenant: job.tenantID,
            parent: job.id,
            at: at,
            tally: &tally,
            logger: logger
        )
    }

    public func completeToolRun(_ job: Job, worker: String, reports: [IngestBatch], at: Date) async throws {
        try await transaction { connection in
            var tally = RunDelta()
            try await connection.finishJob(job, worker: worker, state: .done, at: at, tally: &tally, logger: logger)
            if try await !connection.isCancelRequested(job.runID, logger: logger) {
                for report in reports { try await connection.merge(report, into: job.runID, logger: logger) }
            }
            try await connection.run(
                "UPDATE scan_runs SET enumeration_done = 1 WHERE id = \(job.runID.rawValue)",
                logger: logger
            )
            try await connection.bump(job.runID, tally, logger: logger)
            try await connection.finishRunIfComplete(job.runID, at: at, logger: logger)
        }
    }

    public func completeScan(_ job: Job, worker: String, result: ObjectResult, at: Date) async throws {
        try await transaction { connection in
            var tally = RunDelta()
            try await connection.finishJob(job, worker: worker, state: .done, at: at, tally: &tally, logger: logger)
            let finalize = PipelineJobs.finalize(result, scannedBy: job)
            let inserted = try await connection.enqueue(
                [finalize],
                run: job.runID,
                tenant: job.tenantID,
                parent: job.id,
                at: at,
                tally: &tally,
                logger: logger
            )
            if inserted > 0 {
                tally.scanned += 1
                tally.bytes += result.bytesRead
            }
            try await connection.bump(job.runID, tally, logger: logger)
            // A new finalize job is open, so the run cannot have ended: only a redelivered
            // scan (whose finalize job exists) needs the end-of-run check.
            if inserted == 0 {
                try await connection.finishRunIfComplete(job.runID, at: at, logger: logger)
            }
        }
    }

    public func completeFinalize(_ job: Job, worker: String, policy: NewJob?, at: Date) async throws {
        guard case .finalize(let result) = job.payload else {
            throw ScanError(.invalidInput, "job \(job.id) is not a finalize job")
        }
        try await transaction { connection in
            var tally = RunDelta()
            try await connection.finishJob(job, worker: worker, state: .done, at: at, tally: &tally, logger: logger)
            if try await connection.recordObject(result, run: job.runID, at: at, tally: &tally, logger: logger) {
                let context = try await connection.finalizeContext(job.runID, logger: logger)
                try await connection.mergeAssets(result, context: context, at: at, logger: logger)
                try await connection.mergeFindings(result, context: context, at: at, tally: &tally, logger: logger)
                if let policy {
                    _ = try await connection.enqueue(
                        [policy],
                        run: job.runID,
                        tenant: job.tenantID,
                        parent: job.id,
                        at: at,
                        tally: &tally,
                        logger: logger
                    )
                }
            }
            try await connection.bump(job.runID, tally, logger: logger)
            try await connection.finishRunIfComplete(job.runID, at: at, logger: logger)
        }
    }

    public func completeAct(_ job: Job, worker: String, events: [AuditEvent], at: Date) async throws {
        try await transaction { connection in
            var tally = RunDelta()
            try await connection.finishJob(job, worker: worker, state: .done, at: at, tally: &tally, logger: logger)
            for event in events {
                try await connection.insertAudit(
                    tenant: event.tenantID,
                    at: event.at,
                    actor: event.actor,
                    action: event.action,
                    target: event.target,
                    detail: event.detail,
                    requestID: event.requestID,
                    logger: logger
                )
            }
            try await connection.bump(job.runID, tally, logger: logger)
            try await connection.finishRunIfComplete(job.runID, at: at, logger: logger)
        }
    }

    public func abandonJob(_ job: Job, worker: String, at: Date) async throws {
        try await transaction { connection in
            var tally = RunDelta()
            try await connection.finishJob(
                job,
                worker: worker,
                state: .cancelled,
                at: at,
                tally: &tally,
                logger: logger
            )
            try await connection.bump(job.runID, tally, logger: logger)
            try await connection.finishRunIfComplete(job.runID, at: at, logger: logger)
        }
    }

    public func acknowledge(_ jobs: [Job], worker: String, at: Date) async throws -> Set<Int64> {
        guard !jobs.isEmpty else { return [] }
        return try await transaction { connection in
            let rows = try await connection.rows(
                """
                UPDATE jobs SET state = 'done', finished_at = \(at), lease_owner = NULL, lease_expires_at = NULL
                WHERE id = ANY(\(jobs.map(\.id))) AND state = 'leased' AND lease_owner = \(worker)
                RETURNING id, run_id
                """,
                logger: logger
            )
            var perRun: [String: Int] = [:]
            var done = Set<Int64>()
            for row in rows {
                done.insert(try row.value("id"))
                perRun[try row.value("run_id"), default: 0] += 1
            }
            for (run, count) in perRun.sorted(by: { $0.key < $1.key }) {
                try await connection.bump(Identifier(run), RunDelta(openJobs: -count), logger: logger)
                try await connection.finishRunIfComplete(Identifier(run), at: at, logger: logger)
            }
            return done
        }
    }
}
