import Foundation
import Hummingbird
import Logging
import ScanConnectors
import ScanCore
import ScanEngine
import ScanServer
import ScanStoreSQLite
import ServiceLifecycle
import UnixSignals

/// The services of `scanlogic serve` wired together: HTTP API, scheduler, event publisher
/// and pipeline worker, under one service group that drains them in order on SIGTERM.
struct ServeProcess {
    struct Settings {
        var host: String
        var port: Int
        var workers: Int
        var drainTimeout: Double
        var scheduleInterval: Double
        var agentJobTTL: Double
    }

    let group: ServiceGroup
    let opened: OpenedStore
    let cache: RunResourceCache?
    /// The lease owner name of this process's worker.
    let workerName: String

    static func make(
        opened: OpenedStore,
        settings: Settings,
        environment: [String: String]
    ) async throws
        -> ServeProcess
    {
        let logger = opened.logger
        let readiness = Readiness()
        let metrics = ServerMetrics()
        let serverEnvironment = ServerEnvironment(
            store: opened.store,
            metrics: metrics,
            testSource: SourceCheck.tester(environment: environment, logger: logger),
            isReady: { readiness.isReady },
            logger: logger,
            hasher: ingestHasher(opened)
        )
        let app = Application(
            router: APIServer.router(serverEnvironment),
            configuration: ApplicationConfiguration(address: .hostname(settings.host, port: settings.port)),
            onServerRunning: { channel in
                // Printed on standard output so scripts and tests can find a port picked by 0.
                let port = channel.localAddress?.port ?? settings.port
                FileHandle.standardOutput.write(Data("listening on http://\(settings.host):\(port)\n".utf8))
            },
            logger: logger
        )
        let scheduler = Scheduler(
            store: opened.store,
            configuration: Scheduler.Configuration(tickInterval: settings.scheduleInterval),
            logger: logger,
            now: { Date() },
            observe: { fires in metrics.recordScheduled(fires) }
        )
        // Services stop in reverse order: the worker drains first, the publisher then writes
        // the final events, and the HTTP server (with its event streams) stops last.
        let expiry = AgentJobExpiry(
            store: opened.store,
            configuration: AgentJobExpiry.Configuration(timeToLive: settings.agentJobTTL),
            logger: logger,
            now: { Date() }
        )
        var services: [any Service] = [app, RunEventPublisher(environment: serverEnvironment), scheduler, expiry]
        var cache: RunResourceCache?
        let workerName = WorkerSettings.defaultName()
        if settings.workers > 0 {
            let (worker, workerCache) = try await opened.makeWorker(
                WorkerSettings(name: workerName, concurrency: settings.workers),
                environment: environment,
                metricsFactory: metrics.factory
            )
            services.append(worker)
            cache = workerCache
        }
        // Last in the list, so first to hear SIGTERM: /readyz turns 503 before anything drains.
        services.append(DrainSignal(readiness: readiness))
        var configuration = ServiceGroupConfiguration(
            services: services,
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger
        )
        configuration.maximumGracefulShutdownDuration = .milliseconds(Int64(settings.drainTimeout * 1000))
        return ServeProcess(
            group: ServiceGroup(configuration: configuration),
            opened: opened,
            cache: cache,
            workerName: workerName
        )
    }

    /// Runs until SIGTERM or SIGINT, then hands back every lease this process still holds.
    func run() async throws {
        do {
            try await group.run()
        } catch {
            opened.logger.error("serve stopped", metadata: ["error": "\(error)"])
            try await handBack()
            throw error
        }
        try await handBack()
    }

    private func handBack() async throws {
        await cache?.closeAll()
        let released = try await opened.handBackLeases(worker: workerName)
        opened.logger.info("leases released", metadata: ["count": "\(released)"])
    }

    /// The hasher of ingested code; without a hash key the server still runs, and its ingest
    /// endpoints say what is missing.
    private static func ingestHasher(_ opened: OpenedStore) -> ValueHasher? {
        do {
            return ValueHasher(key: try opened.hashKey.get())
        } catch {
            opened.logger.warning("ingest is off: no hash key", metadata: ["error": "\(error)"])
            return nil
        }
    }
}
