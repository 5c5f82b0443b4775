import ArgumentParser
import Foundation
import Hummingbird
import Logging
import ScanCore
import ScanEngine
import ScanServer
import ServiceLifecycle

extension ScanLogic {
    /// `scanlogic serve`: the control plane and its workers in one process.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the HTTP API, the scheduler and pipeline workers on the store.",
            discussion: """
                SIGTERM or SIGINT stops claiming jobs, lets jobs in flight finish within \
                --drain-timeout, hands the leases back and exits 0. Started again on the same \
                store, it continues the runs that were going. Create the first token with \
                'scanlogic admin token create'.
                """
        )

        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "The address to listen on.") var host = "127.0.0.1"
        @Option(help: "The port to listen on (0 picks a free one).") var port = 8080
        @Option(help: "Jobs in flight at once (0 runs no worker; default: the number of cores).")
        var workers: Int?
        @Option(help: "Seconds jobs in flight get to finish after SIGTERM.") var drainTimeout: Double = 30
        @Option(help: "Seconds between scheduler passes.") var scheduleInterval: Double = 15
        @Option(
            name: .customLong("agent-job-ttl"),
            help: "Seconds a job of an agent-placed source may wait for an agent before it fails."
        )
        var agentJobTTL: Double = 600

        func run() async throws {
            let environment = ProcessInfo.processInfo.environment
            var logger = ProcessLogger.make(environment: environment)
            if environment["SCANLOGIC_LOG_LEVEL"] == nil { logger.logLevel = .info }
            let opened = try await OpenedStore.open(storeOptions, logger: logger, exclusive: true)
            let process = try await ServeProcess.make(
                opened: opened,
                settings: ServeProcess.Settings(
                    host: host,
                    port: port,
                    workers: workers ?? max(2, ProcessInfo.processInfo.activeProcessorCount),
                    drainTimeout: drainTimeout,
                    scheduleInterval: scheduleInterval,
                    agentJobTTL: agentJobTTL
                ),
                environment: environment
            )
            try await process.run()
        }
    }
}
