import ScanCore
import Synchronization

/// The jobs a worker is executing, shared with its heartbeat and its signal listener:
/// their ids for lease extension, and their tasks so a cancelled run's jobs can be stopped.
final class HeldJobs: Sendable {
    private struct Entry {
        var job: Job
        var task: Task<JobOutcome, Never>?
        var stoppedForCancel = false
        var reclaimed: Job?
    }

    /// What became of a job the worker let go of.
    struct Removed {
        /// It was stopped because its run was cancelled.
        var stoppedForCancel: Bool
        /// The same job, leased again to this worker while this attempt still held it.
        var reclaimed: Job?
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

    /// Forgets the job; says whether it was stopped for a cancel and whether a claim leased
    /// it to this worker again meanwhile.
    func remove(_ id: Int64) -> Removed {
        let entry = entries.withLock { $0.removeValue(forKey: id) }
        return Removed(stoppedForCancel: entry?.stoppedForCancel ?? false, reclaimed: entry?.reclaimed)
    }

    /// Notes a claimed job that an attempt of this worker still holds, and returns `true`;
    /// `false` when none does. The running attempt keeps it; ``remove(_:)`` hands the new
    /// lease back, for the worker to run if the attempt ended without finishing the job.
    func reclaim(_ job: Job) -> Bool {
        entries.withLock { entries in
            guard entries[job.id] != nil else { return false }
            entries[job.id]?.reclaimed = job
            return true
        }
    }

    var all: [Int64] { entries.withLock { Array($0.keys) } }

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
