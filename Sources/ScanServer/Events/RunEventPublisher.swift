public import Foundation
import Logging
public import ScanCore
public import ServiceLifecycle

/// Turns changes of runs into stored ``RunEvent``s that live streams read, and feeds the
/// run metrics.
///
/// Every ``Configuration/interval`` it reads the runs that are active or recently finished,
/// compares each with the last event stored for it and appends `run.created` (for a run
/// without events), `run.status` when its status changed and `run.progress` when its
/// counters moved. With several servers on one store, the one holding the store's lease
/// on the publishing duty publishes and the others stand by.
///
/// ```swift
/// let publisher = RunEventPublisher(environment: environment, clock: ContinuousClock())
/// let group = ServiceGroup(services: [app, publisher], logger: logger)
/// ```
///
/// - Important: the last event of a run is read back from the store, so a restarted
///   publisher does not publish again what was already published. Run counters do not split
///   findings by severity; the per-severity gauge is read from the store on each scrape.
public actor RunEventPublisher<C: Clock>: Service where C.Duration == Duration {
    /// How often to look and how far back the first pass looks.
    public struct Configuration: Sendable {
        /// Time between passes. Default 0.5 s.
        public var interval: Duration
        /// How far back the first pass looks for finished runs. Default one hour.
        public var lookback: TimeInterval

        /// Creates a configuration.
        public init(interval: Duration = .milliseconds(500), lookback: TimeInterval = 3600) {
            self.interval = interval
            self.lookback = lookback
        }
    }

    // MARK: Member variables

    let environment: ServerEnvironment
    let configuration: Configuration
    let clock: C
    /// The last event published for each run seen in the latest pass.
    private var lastEvents: [Identifier<ScanRun>: RunEvent] = [:]
    /// When the latest pass began.
    private var lastPass: Date?
    /// This publisher's name in the store's lease on the publishing duty.
    private let holder = "publisher-" + UUID().uuidString.lowercased()

    // MARK: Initialization

    /// Creates a publisher.
    /// - Parameter clock: The clock the publisher sleeps on; event times come from `environment.now`.
    public init(environment: ServerEnvironment, configuration: Configuration = Configuration(), clock: C) {
        self.environment = environment
        self.configuration = configuration
        self.clock = clock
    }

    // MARK: Methods

    /// Publishes every ``Configuration/interval`` until graceful shutdown or cancellation; a
    /// failing pass is logged and tried again.
    public func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                _ = try await publishOnce()
            } catch is CancellationError {
                return
            } catch {
                environment.logger.info("event publisher pass failed", metadata: ["error": "\(error)"])
            }
            let (interval, clock) = (configuration.interval, clock)
            try? await cancelWhenGracefulShutdown { try await clock.sleep(for: interval) }
        }
    }

    /// One pass: appends the events of the runs that changed since the previous pass.
    /// - Returns: The events appended, with their ids.
    @discardableResult
    public func publishOnce() async throws -> [RunEvent] {
        let now = environment.now()
        // Of several servers on one store, only the lease holder publishes; the others
        // forget what they knew, so whoever takes over starts from the stored events.
        let lease = now.addingTimeInterval(max(5, 4 * Self.seconds(configuration.interval)))
        guard try await environment.store.lead("run-event-publisher", holder: holder, until: lease, at: now) else {
            lastEvents = [:]
            lastPass = nil
            return []
        }
        // Overlap passes by one interval so a run finishing during a pass is not missed.
        let since =
            lastPass.map { $0.addingTimeInterval(-Self.seconds(configuration.interval)) }
            ?? now.addingTimeInterval(-configuration.lookback)
        let runs = try await environment.store.runsChanged(since: since)
        let unknown = runs.map(\.id).filter { lastEvents[$0] == nil }
        for event in try await environment.store.latestRunEvents(runs: unknown) {
            lastEvents[event.runID] = event
        }
        let pending = runs.flatMap { events(for: $0, at: now) }
        let stored = pending.isEmpty ? [] : try await environment.store.appendRunEvents(pending)
        var latest: [Identifier<ScanRun>: RunEvent] = [:]
        for run in runs { latest[run.id] = lastEvents[run.id] }
        for event in stored {
            record(event, previous: latest[event.runID])
            latest[event.runID] = event
        }
        lastEvents = latest
        lastPass = now
        return stored
    }

    /// The events that bring the last published state of `run` up to date.
    private func events(for run: ScanRun, at now: Date) -> [RunEvent] {
        guard let last = lastEvents[run.id] else {
            let created = RunEvent(kind: .created, at: now, run: run)
            return run.status == .pending ? [created] : [created, RunEvent(kind: .status, at: now, run: run)]
        }
        var events: [RunEvent] = []
        if last.run.status != run.status {
            events.append(RunEvent(kind: .status, at: now, run: run))
        } else if last.run.counters != run.counters || last.run.enumerationDone != run.enumerationDone {
            events.append(RunEvent(kind: .progress, at: now, run: run))
        }
        return events
    }

    /// Feeds the metrics with what changed between two published states of a run.
    private func record(_ event: RunEvent, previous: RunEvent?) {
        let before = previous?.run.counters ?? RunCounters()
        let after = event.run.counters
        environment.metrics.recordProgress(
            objects: max(0, after.finalized - before.finalized),
            bytes: max(0, after.bytes - before.bytes),
            findings: max(0, after.findingsNew + after.findingsReopened - before.findingsNew - before.findingsReopened)
        )
        let wasActive = previous.map { $0.run.status.isActive } ?? true
        if event.run.status.isTerminal && wasActive {
            environment.metrics.recordFinished(event.run)
        }
    }

    private static func seconds(_ duration: Duration) -> TimeInterval {
        let (seconds, attoseconds) = duration.components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}

extension RunEventPublisher where C == ContinuousClock {
    /// Creates a publisher on the continuous clock.
    public init(environment: ServerEnvironment, configuration: Configuration = Configuration()) {
        self.init(environment: environment, configuration: configuration, clock: ContinuousClock())
    }
}
