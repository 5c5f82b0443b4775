import Foundation
import Logging
import PostgresNIO
public import ScanCore

/// LISTEN/NOTIFY: the store tells its workers about new jobs and cancelled runs the moment
/// the transaction commits, instead of at their next poll.
extension PostgresScanStore: QueueSignalSource {
    /// The channel for "jobs are ready to claim" (empty payload).
    static let jobsChannel = "scanlogic_jobs"
    /// The channel for "this run was cancelled" (payload: the run id).
    static let cancelChannel = "scanlogic_cancel"

    /// Signals from a dedicated connection (outside the pool) that listens on both
    /// channels, reconnecting after a second when the server goes away; workers keep
    /// polling meanwhile, so nothing is lost but latency.
    public func queueSignals() -> AsyncStream<QueueSignal> {
        let (stream, continuation) = AsyncStream.makeStream(of: QueueSignal.self, bufferingPolicy: .bufferingNewest(64))
        let task = Task {
            while !Task.isCancelled {
                do {
                    try await listen(continuation)
                } catch {
                    logger.debug("queue listener reconnecting", metadata: ["error": "\(ScanError(store: error))"])
                }
                try? await Task.sleep(for: .seconds(1))
            }
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    private func listen(_ continuation: AsyncStream<QueueSignal>.Continuation) async throws {
        let connection = try await PostgresConnection.connect(
            configuration: try Self.directConfiguration(configuration),
            id: 1,
            logger: logger
        )
        defer { Task { try? await connection.close() } }
        try await connection.listen(on: Self.jobsChannel) { jobs in
            try await connection.listen(on: Self.cancelChannel) { cancels in
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask {
                        for try await _ in jobs { continuation.yield(.jobsReady) }
                    }
                    group.addTask {
                        for try await notification in cancels {
                            continuation.yield(.runCancelled(Identifier(notification.payload)))
                        }
                    }
                    // A new connection may have missed signals: let workers look at once.
                    continuation.yield(.jobsReady)
                    try await group.next()
                    group.cancelAll()
                }
            }
        }
    }
}

extension PostgresConnection {
    /// Queues a "jobs ready" signal, sent when the transaction commits (PostgreSQL folds
    /// repeats within one transaction into one).
    func notifyJobsReady(logger: Logger) async throws {
        try await run("SELECT pg_notify(\(PostgresScanStore.jobsChannel), '')", logger: logger)
    }

    /// Queues a "run cancelled" signal, sent when the transaction commits.
    func notifyRunCancelled(_ run: Identifier<ScanRun>, logger: Logger) async throws {
        try await self.run("SELECT pg_notify(\(PostgresScanStore.cancelChannel), \(run.rawValue))", logger: logger)
    }
}
