import ArgumentParser
import Foundation
import ScanClient
import ScanCore
import ScanEngine
import ScanRules
import ScanStoreSQLite

extension ScanLogic {
    /// `scanlogic runs …`: list, inspect, cancel and resume runs in the embedded store, or on a server.
    struct Runs: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List, show, cancel and resume scan runs; watch a run on a server.",
            subcommands: [List.self, Show.self, Cancel.self, Resume.self, Watch.self]
        )

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List recent runs, newest first.")
            @OptionGroup var storeOptions: StoreOptions
            @OptionGroup var server: ServerOptions
            @Option(help: "How many runs.") var limit = 20
            @Option(help: "Output format: table or json.") var format: OutputFormat = .table
            @Option(help: "Server only: runs in this status.", transform: RemoteArgument.runStatus)
            var status: RunStatus?
            @Option(help: "Server only: runs of this scan id.") var scan: String?

            func run() async throws {
                if let configuration = try server.configuration() {
                    return try await APIClient.withClient(configuration) { client in
                        let runs = try await RemoteRuns.list(client, status: status, scan: scan, limit: limit)
                        let names = format == .table ? await RemoteRuns.scanNames(client) : [:]
                        try RunsOutput.print(runs, names: names, format: format)
                    }
                }
                guard status == nil, scan == nil else { throw ValidationError("--status and --scan need --server") }
                let opened = try await OpenedStore.open(storeOptions, logger: ProcessLogger.make())
                let runs = try await opened.store.runs(tenant: Tenant.defaultID, definitionID: nil, limit: limit)
                var names: [String: String] = [:]
                for run in runs where names[run.definitionID.rawValue] == nil {
                    names[run.definitionID.rawValue] =
                        try await opened.store.definition(run.definitionID, tenant: Tenant.defaultID)?.name ?? "?"
                }
                try RunsOutput.print(runs, names: names, format: format)
            }
        }

        struct Show: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Show a run with its counters and object outcomes."
            )
            @OptionGroup var storeOptions: StoreOptions
            @Argument(help: "The run id.") var id: String
            @OptionGroup var server: ServerOptions
            @Flag(help: "Also list every object's outcome (local store only).") var objects = false

            func run() async throws {
                if let configuration = try server.configuration() {
                    guard !objects else { throw ValidationError("--objects works on the local store only") }
                    let run = try await APIClient.withClient(configuration) { try await RemoteRuns.show($0, id: id) }
                    return print(try Self.render(run))
                }
                let opened = try await OpenedStore.open(storeOptions, logger: ProcessLogger.make())
                let run = try await RunLookup.find(id, in: opened.store)
                print(try Self.render(run))
                guard objects else { return }
                for record in try await opened.store.objectRecords(run: run.id, tenant: Tenant.defaultID) {
                    let reason = record.outcome.reason.map { " (\($0))" } ?? ""
                    print("\(record.outcome.name)\(reason)  \(record.path)")
                }
            }

            static func render(_ run: ScanRun) throws -> String {
                try JSONReport.render(run: run, findings: []).replacingOccurrences(
                    of: "\"findings\" : [\n\n  ],\n  ",
                    with: ""
                )
            }
        }

        struct Cancel: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Cancel a run: enumeration stops, work in flight drains."
            )
            @OptionGroup var storeOptions: StoreOptions
            @OptionGroup var server: ServerOptions
            @Argument(help: "The run id.") var id: String

            func run() async throws {
                if let configuration = try server.configuration() {
                    let run = try await APIClient.withClient(configuration) { try await RemoteRuns.cancel($0, id: id) }
                    return print(
                        "run \(run.id): \(run.status.rawValue)\(run.cancelRequested ? " (cancel requested)" : "")"
                    )
                }
                let opened = try await OpenedStore.open(storeOptions, logger: ProcessLogger.make(), exclusive: true)
                let run = try await RunLookup.find(id, in: opened.store)
                // On the embedded store the lock proves no worker is alive: free their leases
                // so the cancel drops every job that has not run, instead of those jobs
                // running later. On a shared store the workers drain the run themselves.
                if !opened.isShared { _ = try await opened.store.releaseLeases(exceptWorker: "") }
                var cancelled = try await opened.store.cancelRun(run.id, tenant: Tenant.defaultID, at: Date())
                if cancelled.status.isActive && !opened.isShared {
                    // Results already scanned still need finalizing; drain them here rather
                    // than leave the run waiting for the next scan of its target.
                    cancelled = try await LocalRunner(
                        opened: opened,
                        environment: ProcessInfo.processInfo.environment
                    )
                    .drive(run.id, concurrency: nil, showProgress: false)
                }
                print(
                    "run \(cancelled.id): \(cancelled.status.rawValue)\(cancelled.cancelRequested ? " (cancel requested)" : "")"
                )
            }
        }

        struct Resume: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Continue an interrupted run until it ends.")
            @OptionGroup var storeOptions: StoreOptions
            @Argument(help: "The run id.") var id: String
            @Option(help: "Output format: table, json or sarif.") var format: OutputFormat = .table
            @Flag(help: "Do not show progress.") var quiet = false

            func run() async throws {
                let opened = try await OpenedStore.open(storeOptions, logger: ProcessLogger.make(), exclusive: true)
                let run = try await RunLookup.find(id, in: opened.store)
                let environment = ProcessInfo.processInfo.environment
                let finished = try await LocalRunner(opened: opened, environment: environment)
                    .drive(run.id, concurrency: nil, showProgress: !quiet)
                let findings = try await RunReport.findings(of: finished, store: opened.store)
                let definition = try await opened.store.definition(finished.definitionID, tenant: Tenant.defaultID)
                try FindingsPrinter(format: format, classifiers: try RuleDocument.classifiers(definition?.ruleSet))
                    .write(run: finished, findings: findings, to: nil)
                try RunReport.check(finished, findings: findings, failOn: nil)
            }
        }
    }
}

/// Finds a run by id or unique id prefix.
enum RunLookup {
    static func find(_ text: String, in store: any ScanStore) async throws -> ScanRun {
        if let run = try await store.run(Identifier(text), tenant: Tenant.defaultID) { return run }
        let matches = try await store.runs(tenant: Tenant.defaultID, definitionID: nil, limit: 10_000)
            .filter { $0.id.rawValue.hasPrefix(text.lowercased()) }
        guard matches.count == 1, let run = matches.first else {
            throw ScanError(
                .notFound,
                matches.isEmpty ? "no run with id \(text)" : "run id prefix \(text) is ambiguous"
            )
        }
        return run
    }
}
