import ArgumentParser
import Foundation
import ScanCore
import ScanEngine
import ScanRules
import ScanStoreSQLite

extension ScanLogic {
    /// `scanlogic runs …`: list, inspect, cancel and resume runs in the embedded store.
    struct Runs: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List, show, cancel and resume scan runs.",
            subcommands: [List.self, Show.self, Cancel.self, Resume.self]
        )

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List recent runs, newest first.")
            @OptionGroup var storeOptions: StoreOptions
            @Option(help: "How many runs.") var limit = 20

            func run() async throws {
                let embedded = try Embedded(path: storeOptions.path(), logger: ProcessLogger.make())
                let runs = try await embedded.store.runs(tenant: Tenant.defaultID, definitionID: nil, limit: limit)
                var names: [Identifier<ScanDefinition>: String] = [:]
                for run in runs where names[run.definitionID] == nil {
                    names[run.definitionID] =
                        try await embedded.store.definition(run.definitionID, tenant: Tenant.defaultID)?.name ?? "?"
                }
                for run in runs {
                    let when = ISO8601DateFormatter().string(from: run.createdAt)
                    print(
                        "\(run.id)  \(run.status.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0))  \(when)  "
                            + "\(run.counters.finalized) objects, \(run.counters.findingsOpen) findings  \(names[run.definitionID] ?? "")"
                    )
                }
            }
        }

        struct Show: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Show a run with its counters and object outcomes."
            )
            @OptionGroup var storeOptions: StoreOptions
            @Argument(help: "The run id.") var id: String
            @Flag(help: "Also list every object's outcome.") var objects = false

            func run() async throws {
                let embedded = try Embedded(path: storeOptions.path(), logger: ProcessLogger.make())
                let run = try await RunLookup.find(id, in: embedded.store)
                print(
                    try JSONReport.render(run: run, findings: []).replacingOccurrences(
                        of: "\"findings\" : [\n\n  ],\n  ",
                        with: ""
                    )
                )
                guard objects else { return }
                for record in try await embedded.store.objectRecords(run: run.id, tenant: Tenant.defaultID) {
                    let reason = record.outcome.reason.map { " (\($0))" } ?? ""
                    print("\(record.outcome.name)\(reason)  \(record.path)")
                }
            }
        }

        struct Cancel: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Cancel a run: enumeration stops, work in flight drains."
            )
            @OptionGroup var storeOptions: StoreOptions
            @Argument(help: "The run id.") var id: String

            func run() async throws {
                let embedded = try Embedded(path: storeOptions.path(), logger: ProcessLogger.make(), exclusive: true)
                let run = try await RunLookup.find(id, in: embedded.store)
                // The lock proves no worker is alive: free their leases so the cancel drops
                // every job that has not run, instead of those jobs running later.
                _ = try await embedded.store.releaseLeases(exceptWorker: "")
                var cancelled = try await embedded.store.cancelRun(run.id, tenant: Tenant.defaultID, at: Date())
                if cancelled.status.isActive {
                    // Results already scanned still need finalizing; drain them here rather
                    // than leave the run waiting for the next scan of its target.
                    cancelled = try await LocalRunner(
                        embedded: embedded,
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
                let embedded = try Embedded(path: storeOptions.path(), logger: ProcessLogger.make(), exclusive: true)
                let run = try await RunLookup.find(id, in: embedded.store)
                let environment = ProcessInfo.processInfo.environment
                let finished = try await LocalRunner(embedded: embedded, environment: environment)
                    .drive(run.id, concurrency: nil, showProgress: !quiet)
                let findings = try await RunReport.findings(of: finished, store: embedded.store)
                let definition = try await embedded.store.definition(finished.definitionID, tenant: Tenant.defaultID)
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
