/// A push from the store to its workers, so they react at once instead of at their next
/// poll: new jobs to claim, or a run cancelled whose jobs they may hold.
public enum QueueSignal: Sendable, Hashable {
    /// Jobs were enqueued or released; idle workers should claim.
    case jobsReady
    /// Cancellation was requested for the run.
    case runCancelled(Identifier<ScanRun>)
}

/// A store that can push ``QueueSignal``s (PostgreSQL through LISTEN/NOTIFY). Workers
/// still poll, so a lost signal only delays them.
public protocol QueueSignalSource: Sendable {
    /// Signals from now on, until the consumer stops iterating.
    func queueSignals() -> AsyncStream<QueueSignal>
}
