/// How a worker's attempt at one job ended, as its metrics count it.
public enum JobOutcome: String, Sendable, CaseIterable {
    /// The job's work was committed.
    case completed
    /// The attempt failed transiently; the job waits for another attempt.
    case retried
    /// The job failed for good: a dead job or, for a scan job, an object recorded as unscannable.
    case failed
    /// The job's run was cancelled while it ran, and it was stopped.
    case stopped
    /// The worker was stopping; the job's lease is left to expire or be handed back.
    case interrupted
    /// Another worker took the job over after this one's lease expired.
    case leaseLost = "lease_lost"
}
