public import Foundation
import GRDB
public import ScanCore
import ScanStoreSQL

extension SQLiteScanStore {
    public func completeEnumeration(_ job: Job, worker: String, page: EnumerationPage, at: Date) async throws {
        try await write { db in
            try db.finishJob(job, worker: worker, state: .done, at: at)
            if try db.isCancelRequested(job.runID) {
                try db.finishRunIfComplete(job.runID, at: at)
                return
            }
            let scans = PipelineJobs.scans(of: page, listedBy: job)
            let inserted = try db.enqueue(scans, run: job.runID, tenant: job.tenantID, parent: job.id, at: at)
            try db.executeCached(
                sql: "UPDATE scan_runs SET enumerated = enumerated + ? WHERE id = ?",
                arguments: [inserted, job.runID.rawValue]
            )
            if let cursor = page.nextCursor {
                let next = PipelineJobs.nextPage(cursor, after: job)
                _ = try db.enqueue([next], run: job.runID, tenant: job.tenantID, parent: job.id, at: at)
            } else {
                try db.executeCached(
                    sql: "UPDATE scan_runs SET enumeration_done = 1 WHERE id = ?",
                    arguments: [job.runID.rawValue]
                )
            }
            try db.finishRunIfComplete(job.runID, at: at)
        }
    }

    public func completeToolRun(_ job: Job, worker: String, reports: [IngestBatch], at: Date) async throws {
        try await write { db in
            try db.finishJob(job, worker: worker, state: .done, at: at)
            if try !db.isCancelRequested(job.runID) {
                for report in reports { try db.merge(report, into: job.runID) }
            }
            try db.executeCached(
                sql: "UPDATE scan_runs SET enumeration_done = 1 WHERE id = ?",
                arguments: [job.runID.rawValue]
            )
            try db.finishRunIfComplete(job.runID, at: at)
        }
    }

    public func completeScan(_ job: Job, worker: String, result: ObjectResult, at: Date) async throws {
        try await write { db in
            try db.finishJob(job, worker: worker, state: .done, at: at)
            let finalize = PipelineJobs.finalize(result, scannedBy: job)
            let inserted = try db.enqueue([finalize], run: job.runID, tenant: job.tenantID, parent: job.id, at: at)
            // A new finalize job is open, so the run cannot have ended: only a redelivered
            // scan (whose finalize job exists) needs the end-of-run check.
            guard inserted == 0 else {
                try db.executeCached(
                    sql: "UPDATE scan_runs SET scanned = scanned + 1, bytes = bytes + ? WHERE id = ?",
                    arguments: [result.bytesRead, job.runID.rawValue]
                )
                return
            }
            try db.finishRunIfComplete(job.runID, at: at)
        }
    }

    public func completeFinalize(_ job: Job, worker: String, policy: NewJob?, at: Date) async throws {
        guard case .finalize(let result) = job.payload else {
            throw ScanError(.invalidInput, "job \(job.id) is not a finalize job")
        }
        try await write { db in
            try db.finishJob(job, worker: worker, state: .done, at: at)
            if try db.recordObject(result, run: job.runID, at: at) {
                let context = try db.finalizeContext(job.runID)
                try db.mergeAssets(result, context: context, at: at)
                try db.mergeFindings(result, context: context, at: at)
                if let policy {
                    _ = try db.enqueue([policy], run: job.runID, tenant: job.tenantID, parent: job.id, at: at)
                }
            }
            try db.finishRunIfComplete(job.runID, at: at)
        }
    }

    public func completeAct(_ job: Job, worker: String, events: [AuditEvent], at: Date) async throws {
        try await write { db in
            try db.finishJob(job, worker: worker, state: .done, at: at)
            for event in events { try db.audit(event) }
            try db.finishRunIfComplete(job.runID, at: at)
        }
    }

    public func abandonJob(_ job: Job, worker: String, at: Date) async throws {
        try await write { db in
            try db.finishJob(job, worker: worker, state: .cancelled, at: at)
            try db.finishRunIfComplete(job.runID, at: at)
        }
    }

    public func acknowledge(_ jobs: [Job], worker: String, at: Date) async throws -> Set<Int64> {
        guard !jobs.isEmpty else { return [] }
        return try await write { db in
            var done = Set<Int64>()
            for job in jobs {
                do {
                    try db.finishJob(job, worker: worker, state: .done, at: at)
                    done.insert(job.id)
                } catch let error as ScanError where error.code == .leaseLost {
                    continue
                }
            }
            for run in Set(jobs.filter { done.contains($0.id) }.map(\.runID)) {
                try db.finishRunIfComplete(run, at: at)
            }
            return done
        }
    }
}
