import ScanCore
import Synchronization

/// The jobs a worker is executing, shared with its heartbeat and its signal listener:
/// their ids for lease extension, and their tasks so a cancelled run's jobs can be stopped.
final class HeldJobs: Sendable {
    private struct Entry {
        var job: Job
        var task: Task<JobOutcome, Never>?
        var stoppedForCancel = false
    }

    private let entries = Mutex<[Int64: Entry]>([:])

    func insert(_ job: Job) { entries.withLock { $0[job.id] = Entry(job: job) } }

    /// Attaches the task running the job; `false` if the job's run was cancelled first.
    func attach(_ task: Task<JobOutcome, Never>, to id: Int64) -> Bool {
        entries.withLock { entries in
            entries[id]?.task = task
            return entries[id]?.stoppedForCancel != true
        }
    }

    /// Forgets the job; returns whether it was stopped because its run was cancelled.
    func remove(_ id: Int64) -> Bool { entries.withLock { $0.removeValue(forKey: id)?.stoppedForCancel ?? false } }

    var all: [Int64] { entries.withLock { Array($0.keys) } }

    /// Whether an attempt of job `id` still runs in this worker.
    func contains(_ id: Int64) -> Bool { entries.withLock { $0[id] != nil } }

    /// The runs (with tenant) of the jobs held now.
    var runs: [Identifier<ScanRun>: TenantID] {
        entries.withLock { entries in
            Dictionary(entries.values.map { ($0.job.runID, $0.job.tenantID) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// Stops the held jobs of `run`; returns how many.
    @discardableResult
    func stop(run: Identifier<ScanRun>) -> Int {
        entries.withLock { entries in
            var stopped = 0
            for (id, entry) in entries where entry.job.runID == run && !entry.stoppedForCancel {
                entries[id]?.stoppedForCancel = true
                entry.task?.cancel()
                stopped += 1
            }
            return stopped
        }
    }
}
