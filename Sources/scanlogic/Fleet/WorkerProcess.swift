import Foundation
import Hummingbird
import Logging
import ScanCore
import ScanEngine
import ScanServer
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
        let metrics = ServerMetrics()
        let (worker, cache) = try await opened.makeWorker(
            settings,
            environment: environment,
            metricsFactory: metrics.factory
        )
        var services: [any Service] = [worker]
        if let address = metricsAddress {
            // First in the list, so it stops last: the worker's drain stays observable.
            let endpoint = MetricsEndpoint.buildApplication(
                metrics: metrics,
                host: address.host,
                port: address.port,
                logger: logger,
                onListening: { port in
                    // Printed on standard output so scripts and tests can find a port picked by 0.
                    FileHandle.standardOutput.write(Data("metrics on http://\(address.host):\(port)\n".utf8))
                }
            )
            services.insert(endpoint, at: 0)
        }
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
