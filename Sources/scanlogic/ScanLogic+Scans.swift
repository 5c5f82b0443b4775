import ArgumentParser
import Foundation
import ScanClient

extension ScanLogic {
    /// `scanlogic scans …`: the scan definitions of a server, their schedules and triggers.
    struct Scans: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List, create, trigger, pause and remove the scans of a ScanLogic server.",
            subcommands: [
                List.self, Show.self, Create.self, Trigger.self, Pause.self, Activate.self, Remove.self,
            ]
        )

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List the scans.")
            @OptionGroup var server: ServerOptions
            @Option(help: "Output format: table or json.") var format: ListFormat = .table
            @Option(help: "At most this many scans.") var limit = 1000

            func run() async throws {
                let scans = try await server.withClient { client in
                    try await client.list(Captured<RemoteScan>.self, "/scans", limit: limit)
                }
                if format == .json { return try TextTable.printJSON(scans.map(\.raw)) }
                let rows = scans.map(\.value).map { scan in
                    [
                        scan.id, scan.name, scan.sourceID ?? "-", scan.paused ? "paused" : scan.schedule.summary,
                        TextTable.date(scan.nextRunAt),
                    ]
                }
                TextTable.print(["ID", "NAME", "SOURCE", "SCHEDULE", "NEXT RUN"], rows, empty: "No scans.")
            }
        }

        struct Show: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Show a scan.")
            @OptionGroup var server: ServerOptions
            @Argument(help: "The scan id.") var id: String
            @Option(help: "Output format: table or json.") var format: ListFormat = .table

            func run() async throws {
                let scan = try await server.withClient { client in
                    try await client.get(Captured<RemoteScan>.self, APIClient.path("scans", id))
                }
                if format == .json { return try TextTable.printJSON(scan.raw) }
                ScanFields.print(scan.value)
            }
        }

        struct Trigger: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Start a run of a scan now (or show the run already active).",
                discussion:
                    "With --watch, follows the run and exits 0 when it completed, 1 when it failed or was cancelled."
            )
            @OptionGroup var server: ServerOptions
            @Argument(help: "The scan id.") var id: String
            @Flag(help: "Follow the run until it ends.") var watch = false
            @Flag(help: "With --watch, do not show progress.") var quiet = false

            func run() async throws {
                try await server.withClient { client in
                    let answer = try await client.send(.post, APIClient.path("scans", id, "trigger"))
                    let run = try client.decode(RemoteRun.self, answer)
                    print("run \(run.id): \(answer.status == 201 ? "started" : "already active") (\(run.status))")
                    if watch { try await RunWatch.follow(run.id, client: client, quiet: quiet) }
                }
            }
        }

        struct Pause: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Pause a scan: its schedule stops firing and it cannot be triggered."
            )
            @OptionGroup var server: ServerOptions
            @Argument(help: "The scan id.") var id: String

            func run() async throws {
                try await ScanAction.post("pause", id: id, server: server)
            }
        }

        struct Activate: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Resume a paused scan's schedule.")
            @OptionGroup var server: ServerOptions
            @Argument(help: "The scan id.") var id: String

            func run() async throws {
                try await ScanAction.post("activate", id: id, server: server)
            }
        }

        struct Remove: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Delete a scan.")
            @OptionGroup var server: ServerOptions
            @Argument(help: "The scan id.") var id: String

            func run() async throws {
                _ = try await server.withClient { client in try await client.send(.delete, APIClient.path("scans", id))
                }
                print("scan \(id): removed")
            }
        }
    }
}

/// `POST /scans/{id}/pause|activate`, printing the scan's new state.
private enum ScanAction {
    static func post(_ action: String, id: String, server: ServerOptions) async throws {
        let answer = try await server.withClient { client in
            try await client.send(.post, APIClient.path("scans", id, action))
        }
        let paused = (try? APIJSON.makeDecoder().decode(RemoteScan.self, from: answer.body))?.paused
        print("scan \(id): \(paused.map { $0 ? "paused" : "active" } ?? (action == "pause" ? "paused" : "active"))")
    }
}

/// The `scans show` table.
enum ScanFields {
    static func print(_ scan: RemoteScan) {
        let rules =
            scan.ruleSetID.map { id in "rule set \(id)" + (scan.ruleSetVersion.map { " v\($0)" } ?? "") }
            ?? (scan.hasInlineRules ? "inline document" : "built-in default")
        TextTable.printFields([
            ("id", scan.id), ("name", scan.name), ("source", scan.sourceID),
            ("include", scan.include.isEmpty ? "everything" : scan.include.joined(separator: " ")),
            ("exclude", scan.exclude.isEmpty ? nil : scan.exclude.joined(separator: " ")),
            ("rules", rules), ("priority", String(scan.priority)), ("schedule", scan.schedule.summary),
            ("state", scan.paused ? "paused" : "active"), ("next run", TextTable.date(scan.nextRunAt)),
        ])
    }
}
