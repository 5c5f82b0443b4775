/// Where a job is in the queue.
public enum JobState: String, Sendable, Codable, CaseIterable {
    /// Waiting to be claimed once `runAfter` has passed.
    case ready
    /// Claimed by a worker until its lease expires.
    case leased
    /// Finished successfully; its effects are committed.
    case done
    /// Gave up after its last attempt; its outcome was recorded.
    case dead
    /// Dropped because its run was cancelled before it started.
    case cancelled

    /// Whether the job will not run again.
    public var isTerminal: Bool { self == .done || self == .dead || self == .cancelled }
}
