import ArgumentParser
import Foundation
import Logging
import ScanCore
import ScanEngine
import ServiceLifecycle
import UnixSignals

extension ScanLogic {
    /// `scanlogic worker`: a stateless worker process on a shared store.
    struct Worker: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run a pipeline worker against a shared PostgreSQL store.",
            discussion: """
                Start as many as needed, on as many machines, against one store: they claim \
                jobs with FOR UPDATE SKIP LOCKED, heartbeat, and take over the jobs of a \
                worker that stopped heartbeating once its lease expires. SIGTERM or SIGINT \
                stops claiming, lets jobs in flight finish within --drain-timeout and hands \
                the rest back. Every worker needs the same SCANLOGIC_HASH_KEY.
                """
        )

        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "Jobs in flight at once (default: twice the number of cores).") var concurrency: Int?
        @Option(help: "Job kinds to take, comma-separated: enumerate,scan,finalize,act (default: all).")
        var kinds: String?
        @Option(help: "Only jobs of these sources (names or ids), comma-separated.") var sources: String?
        @Option(help: "Only jobs of sources with one of these labels, comma-separated.") var labels: String?
        @Option(help: "Seconds a lease lasts; a crashed worker's jobs are taken over after it.")
        var leaseDuration: Double = 15
        @Option(help: "Seconds jobs in flight get to finish after SIGTERM.") var drainTimeout: Double = 30
        @Option(help: "Serve /metrics and /healthz on this host:port (e.g. 127.0.0.1:9464).")
        var metricsAddress: String?
        @Option(help: "The worker's name in leases and `scanlogic workers` (default: host-pid-random).")
        var name: String?

        func validate() throws {
            _ = try WorkerRole.kinds(kinds)
            if let concurrency, concurrency < 1 { throw ValidationError("--concurrency must be at least 1") }
            if leaseDuration < 3 { throw ValidationError("--lease-duration must be at least 3 seconds") }
            if let metricsAddress { _ = try MetricsAddress(metricsAddress) }
        }

        func run() async throws {
            let environment = ProcessInfo.processInfo.environment
            var logger = ProcessLogger.make(environment: environment)
            if environment["SCANLOGIC_LOG_LEVEL"] == nil { logger.logLevel = .info }
            let opened = try await OpenedStore.open(storeOptions, logger: logger, exclusive: true)
            guard opened.isShared else {
                throw ValidationError(
                    "scanlogic worker needs a shared store (--store postgres://…); on the embedded store use `scanlogic serve`"
                )
            }
            let settings = WorkerSettings(
                name: name,
                concurrency: concurrency ?? 2 * ProcessInfo.processInfo.activeProcessorCount,
                kinds: try WorkerRole.kinds(kinds),
                leaseDuration: leaseDuration,
                sources: WorkerRole.list(sources),
                labels: WorkerRole.list(labels)
            )
            try await WorkerProcess(
                opened: opened,
                settings: settings,
                drainTimeout: drainTimeout,
                metricsAddress: try metricsAddress.map(MetricsAddress.init)
            )
            .run(environment: environment)
        }
    }
}

/// Parsing of a worker's role options.
enum WorkerRole {
    static func kinds(_ text: String?) throws -> Set<JobKind> {
        guard let text else { return Set(JobKind.allCases) }
        var kinds = Set<JobKind>()
        for name in list(text) {
            guard let kind = JobKind(rawValue: name) else {
                throw ValidationError("unknown job kind '\(name)' in --kinds; use enumerate, scan, finalize or act")
            }
            kinds.insert(kind)
        }
        guard !kinds.isEmpty else { throw ValidationError("--kinds names no job kind") }
        return kinds
    }

    static func list(_ text: String?) -> Set<String> {
        Set((text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }
}

/// A `host:port` to listen on.
struct MetricsAddress {
    var host: String
    var port: Int

    init(_ text: String) throws {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]),
            (0...65_535).contains(port)
        else { throw ValidationError("--metrics-address must be host:port, not '\(text)'") }
        host = String(text[..<colon])
        self.port = port
    }
}
