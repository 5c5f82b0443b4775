import ArgumentParser
import Foundation
import Logging
import ScanClient
import ScanConnectors
import ScanCore
import ScanEngine
import ServiceLifecycle
import UnixSignals

/// The services of `scanlogic agent`: a pipeline worker over ``AgentJobStore`` that takes
/// the enumerations and scans of agent-placed sources, with its own connectors and rules,
/// until SIGTERM or SIGINT.
struct AgentProcess {
    /// Who the agent is and how it runs.
    struct Settings {
        var name: String
        var capabilities: [SourceKind]
        var tools: [String]
        var labels: [String]
        var maxJobs: Int
        var drainTimeout: Double
        /// The server's lease on an agent's job, in seconds; the worker extends every third.
        var leaseDuration: Double = 30

        /// The host name, short form: the name an operator knows the machine by.
        static func defaultName() -> String {
            let host = ProcessInfo.processInfo.hostName.split(separator: ".").first.map(String.init) ?? ""
            return host.isEmpty ? "agent" : host
        }
    }

    let client: APIClient.Configuration
    let settings: Settings

    func run(environment: [String: String]) async throws {
        var logger = ProcessLogger.make(environment: environment)
        if environment["SCANLOGIC_LOG_LEVEL"] == nil { logger.logLevel = .info }
        let hasher = ValueHasher(key: try Self.hashKey(environment: environment))
        try await APIClient.withClient(client) { client in
            let store = makeStore(client)
            let cache = makeCache(store, environment: environment, logger: logger)
            let worker = makeWorker(store, cache: cache, hasher: hasher, logger: logger)
            var configuration = ServiceGroupConfiguration(
                services: [worker],
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger
            )
            configuration.maximumGracefulShutdownDuration = .milliseconds(Int64(settings.drainTimeout * 1000))
            defer { logger.info("agent stopped", metadata: ["agent": "\(settings.name)"]) }
            do {
                try await ServiceGroup(configuration: configuration).run()
            } catch {
                await cache.closeAll()
                throw error
            }
            await cache.closeAll()
        }
    }

    /// The server's key for hashing matched values: an agent hashes what it finds before
    /// sending it, so with another key its fingerprints would match nothing the server has.
    static func hashKey(environment: [String: String]) throws -> [UInt8] {
        guard environment["SCANLOGIC_HASH_KEY"]?.isEmpty == false else {
            throw ScanError(
                .invalidInput,
                "scanlogic agent needs SCANLOGIC_HASH_KEY, the same as the server's, so fingerprints agree"
            )
        }
        return try HashKeyFile.shared(environment: environment)
    }

    /// The store over the API; it announces the registration on standard error, where
    /// scripts and tests wait for it.
    private func makeStore(_ client: APIClient) -> AgentJobStore {
        let name = settings.name
        let server = client.configuration.baseURL.absoluteString
        let configuration = AgentJobStore.Configuration(
            name: name,
            capabilities: settings.capabilities,
            tools: settings.tools,
            labels: settings.labels,
            maxJobs: settings.maxJobs,
            version: ScanLogic.configuration.version
        )
        return AgentJobStore(client: client, configuration: configuration) {
            Terminal.writeError("agent \(name) registered with \(server)\n")
        }
    }

    /// Connectors built from the agent's own environment, where the sources' credentials live.
    private func makeCache(_ store: AgentJobStore, environment: [String: String], logger: Logger) -> RunResourceCache {
        let rules = RuleProfileMemo()
        return RunResourceCache(
            store: store,
            makeConnector: { source, sampling in
                try ConnectorFactory.make(for: source, sampling: sampling, environment: environment, logger: logger)
            },
            compileRules: { document in try rules.profile(for: document) }
        )
    }

    private func makeWorker(
        _ store: AgentJobStore,
        cache: RunResourceCache,
        hasher: ValueHasher,
        logger: Logger
    ) -> ScanWorker {
        let executor = JobExecutor(
            store: store,
            resources: cache,
            hasher: hasher,
            configuration: JobExecutor.Configuration(storeCallTimeout: max(10, settings.leaseDuration * 4)),
            worker: settings.name,
            now: { Date() },
            logger: logger
        )
        let configuration = ScanWorker.Configuration(
            worker: settings.name,
            kinds: [.enumerate, .scan],
            concurrency: settings.maxJobs,
            leaseDuration: settings.leaseDuration
        )
        return ScanWorker(executor: executor, store: store, configuration: configuration, logger: logger)
    }
}
