import Foundation
import Logging
import ScanCore
import ScanEngine
import ServiceLifecycle
import UnixSignals

/// The services of `scanlogic worker`: the pipeline worker, and optionally its metrics
/// endpoint, under one service group that drains on SIGTERM.
struct WorkerProcess {
    let opened: OpenedStore
    let settings: WorkerSettings
    let drainTimeout: Double
    let metricsAddress: MetricsAddress?

    func run(environment: [String: String]) async throws {
        let logger = opened.logger
        var settings = self.settings
        let name = settings.name ?? WorkerSettings.defaultName()
        settings.name = name
        let (worker, cache) = try await opened.makeWorker(settings, environment: environment)
        let services: [any Service] = [worker]
        var configuration = ServiceGroupConfiguration(
            services: services,
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger
        )
        configuration.maximumGracefulShutdownDuration = .milliseconds(Int64(drainTimeout * 1000))
        logger.info(
            "worker started",
            metadata: ["worker": "\(name)", "store": "\(opened.location)", "concurrency": "\(settings.concurrency)"]
        )
        do {
            try await ServiceGroup(configuration: configuration).run()
        } catch {
            logger.error("worker stopped", metadata: ["error": "\(error)"])
        }
        await cache.closeAll()
        let released = try await opened.handBackLeases(worker: name)
        logger.info("leases released", metadata: ["count": "\(released)"])
    }
}
