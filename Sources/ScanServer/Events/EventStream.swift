import Foundation
import Hummingbird
import NIOCore
import ScanCore
import ServiceLifecycle

/// A live stream of run events read from the store's `run_events` table, as the byte
/// buffers of a `text/event-stream` body.
///
/// It first yields its snapshots, then polls for events after `cursor` every
/// `pollInterval`, in id order, yielding a keep-alive comment when idle. A run stream ends
/// after the first message that shows the run ended; every stream ends at its limits, when
/// the client disconnects (the write fails and iteration stops), or when the server shuts down.
struct EventStream: AsyncSequence, Sendable {
    typealias Element = ByteBuffer

    /// Stops a stream early; tests and scripts use them to get a finite body.
    struct Limits: Sendable {
        /// The number of messages (snapshots included) after which the stream ends.
        var maxEvents: Int?
        /// How long the stream stays open.
        var maxDuration: Duration?
    }

    let store: any ControlPlaneStore
    let tenant: TenantID
    /// The run followed, or `nil` for every run of the tenant.
    let runID: Identifier<ScanRun>?
    let pollInterval: Duration
    let keepAliveInterval: Duration
    let limits: Limits
    let now: @Sendable () -> Date
    /// Messages sent before the first poll.
    var snapshots: [EventMessage] = []
    /// The id after which stored events are read.
    var cursor: Int64 = 0

    /// Events read per poll.
    static let batchSize = 200

    /// This stream starting with `snapshots`, then the stored events with an id above `cursor`.
    func starting(with snapshots: [EventMessage], after cursor: Int64) -> EventStream {
        var stream = self
        stream.snapshots = snapshots
        stream.cursor = cursor
        return stream
    }

    func makeAsyncIterator() -> Iterator {
        Iterator(stream: self)
    }

    /// Polls the store and turns what it reads into messages.
    struct Iterator: AsyncIteratorProtocol {
        let stream: EventStream
        private var pending: [EventMessage]
        private var cursor: Int64
        private var sent = 0
        private var finished = false
        private var shouldSleep = false
        private var lastWrite = ContinuousClock.now
        private let deadline: ContinuousClock.Instant?

        init(stream: EventStream) {
            self.stream = stream
            self.pending = stream.snapshots
            self.cursor = stream.cursor
            self.deadline = stream.limits.maxDuration.map { ContinuousClock.now + $0 }
        }

        mutating func next() async throws -> ByteBuffer? {
            while !finished {
                if !pending.isEmpty { return try emit(pending.removeFirst()) }
                if Task.isCancelled || Task.isShuttingDownGracefully { return nil }
                if let deadline, ContinuousClock.now >= deadline { return nil }
                if shouldSleep {
                    if ContinuousClock.now - lastWrite >= stream.keepAliveInterval {
                        lastWrite = .now
                        return EventMessage.keepAlive
                    }
                    let interval = stream.pollInterval
                    do {
                        try await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
                    } catch is CancellationError {
                        return nil
                    }
                }
                try await poll()
            }
            return nil
        }

        private mutating func poll() async throws {
            let events = try await stream.store.runEvents(
                tenant: stream.tenant,
                run: stream.runID,
                afterID: cursor,
                limit: EventStream.batchSize
            )
            cursor = events.last?.id ?? cursor
            pending = events.map(EventMessage.init)
            shouldSleep = events.count < EventStream.batchSize
            if events.isEmpty, let snapshot = try await finalSnapshot() { pending = [snapshot] }
        }

        /// A run that ended while no event shows it (the publisher is behind or not
        /// running) gets a final snapshot, so a run stream always ends.
        private func finalSnapshot() async throws -> EventMessage? {
            guard let runID = stream.runID, let run = try await stream.store.run(runID, tenant: stream.tenant),
                run.status.isTerminal
            else { return nil }
            return EventMessage(snapshotOf: run, cursor: cursor, at: stream.now())
        }

        private mutating func emit(_ message: EventMessage) throws -> ByteBuffer {
            sent += 1
            lastWrite = .now
            if stream.runID != nil && message.isTerminal { finished = true }
            if let maxEvents = stream.limits.maxEvents, sent >= maxEvents { finished = true }
            return try message.buffer()
        }
    }
}
