public import Foundation
public import Logging
public import ScanCore
public import ServiceLifecycle

/// Starts the runs of scheduled definitions when their slots come, across every tenant.
///
/// Each pass (``tick()``) asks the store for the definitions whose `next_run_at` has come,
/// fires the latest slot each one reached and stores its next slot. The store claims every
/// `(definition, slot)` pair once, so several schedulers may run against one database.
///
/// ```swift
/// let scheduler = Scheduler(store: store, logger: logger, now: { Date() })
/// let group = ServiceGroup(services: [scheduler], logger: logger)
/// try await group.run()
/// ```
///
/// - Important: after downtime a definition fires once, for its latest missed slot, not
///   once per missed slot.
public struct Scheduler: Service {
    /// How often the scheduler looks and how much it takes at once.
    public struct Configuration: Sendable {
        /// Seconds between passes; a slot fires up to this late. Default 15.
        public var tickInterval: Double
        /// Definitions handled per pass; the rest wait for the next pass. Default 500.
        public var batchSize: Int

        /// Creates a configuration.
        public init(tickInterval: Double = 15, batchSize: Int = 500) {
            self.tickInterval = tickInterval
            self.batchSize = batchSize
        }
    }

    // MARK: Member variables

    let store: any ControlPlaneStore
    let configuration: Configuration
    let logger: Logger
    let now: @Sendable () -> Date
    let observe: @Sendable ([ScheduleFire]) -> Void

    // MARK: Initialization

    /// Creates a scheduler.
    /// - Parameters:
    ///   - now: The clock, injected so tests can move time.
    ///   - observe: Told the slots each pass of ``run()`` handled, for metrics.
    public init(
        store: any ControlPlaneStore,
        configuration: Configuration = Configuration(),
        logger: Logger,
        now: @escaping @Sendable () -> Date,
        observe: @escaping @Sendable ([ScheduleFire]) -> Void = { _ in }
    ) {
        self.store = store
        self.configuration = configuration
        self.logger = logger
        self.now = now
        self.observe = observe
    }

    // MARK: Methods

    /// Ticks every ``Configuration/tickInterval`` until graceful shutdown or cancellation.
    ///
    /// A pass in progress is finished, never cut short, so a claimed slot always gets its
    /// run. A failing pass (the database is busy or down) is logged and tried again at the
    /// next tick rather than stopping the service group.
    public func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                observe(try await tick())
            } catch is CancellationError {
                return
            } catch {
                logger.info("scheduler pass failed", metadata: [LogKey.error: "\(error)"])
            }
            let interval = configuration.tickInterval
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: .seconds(interval)) }
        }
    }
}
