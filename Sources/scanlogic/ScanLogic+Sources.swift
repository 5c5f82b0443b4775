import ArgumentParser
import Foundation
import ScanClient
import ScanCore

extension ScanLogic {
    /// `scanlogic sources …`: the data sources registered on a server.
    struct Sources: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List, show, add, remove and test the data sources of a ScanLogic server.",
            subcommands: [List.self, Show.self, Add.self, Remove.self, Test.self]
        )

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List the sources.")
            @OptionGroup var server: ServerOptions
            @Option(help: "Output format: table or json.") var format: ListFormat = .table

            func run() async throws {
                let sources = try await server.withClient { client in
                    try await client.get(Page<Captured<RemoteSource>>.self, "/sources").items
                }
                if format == .json { return try TextTable.printJSON(sources.map(\.raw)) }
                let rows = sources.map(\.value).map { source in
                    [
                        source.id, source.name, source.kind, source.location,
                        source.labels.isEmpty ? "-" : source.labels.joined(separator: ","),
                        source.maxConcurrency.map(String.init) ?? "-",
                        source.runsOn,
                    ]
                }
                TextTable.print(
                    ["ID", "NAME", "KIND", "LOCATION", "LABELS", "MAX JOBS", "RUNS ON"],
                    rows,
                    empty: "No sources."
                )
            }
        }

        struct Show: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Show a source.")
            @OptionGroup var server: ServerOptions
            @Argument(help: "The source id.") var id: String
            @Option(help: "Output format: table or json.") var format: ListFormat = .table

            func run() async throws {
                let source = try await server.withClient { client in
                    try await client.get(Captured<RemoteSource>.self, APIClient.path("sources", id))
                }
                if format == .json { return try TextTable.printJSON(source.raw) }
                let value = source.value
                let options = value.options.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                TextTable.printFields([
                    ("id", value.id), ("name", value.name), ("kind", value.kind), ("location", value.location),
                    ("options", options.isEmpty ? nil : options.joined(separator: " ")),
                    ("credential env", value.credentialEnv),
                    ("labels", value.labels.isEmpty ? nil : value.labels.joined(separator: ",")),
                    ("max concurrency", value.maxConcurrency.map(String.init)),
                    ("runs on", value.runsOn),
                    ("created", TextTable.date(value.createdAt)),
                ])
            }
        }

        struct Add: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Register a source.", aliases: ["create"])
            @OptionGroup var server: ServerOptions
            @Option(help: "A name unique on the server.") var name: String
            @Option(help: "filesystem, sqlite or postgres.") var kind: String
            @Option(help: "An absolute path, sqlite: URL or postgres:// URL without password.") var location: String
            @Option(help: ArgumentHelp("A connector option (repeatable).", valueName: "key=value"))
            var option: [String] = []
            @Option(help: ArgumentHelp("The server-side variable holding the credential.", valueName: "var"))
            var credentialEnv: String?
            @Option(help: ArgumentHelp("A label worker roles select the source by (repeatable).", valueName: "label"))
            var label: [String] = []
            @Option(help: "The most jobs touching the source at once across every worker (default: no cap).")
            var maxConcurrency: Int?
            @Option(help: "Where its scans run: server, or agent (agents in the source's network).")
            var runsOn: String?

            func validate() throws {
                if let runsOn, SourcePlacement(rawValue: runsOn) == nil {
                    throw ValidationError("--runs-on must be server or agent")
                }
                if let maxConcurrency, maxConcurrency < 1 {
                    throw ValidationError("--max-concurrency must be 1 or more")
                }
            }

            func run() async throws {
                var options: [String: String] = [:]
                for pair in option {
                    guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
                        throw ValidationError("--option takes key=value")
                    }
                    options[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
                }
                let body = SourceBody(
                    name: name,
                    kind: kind,
                    location: location,
                    options: options,
                    credentialEnv: credentialEnv,
                    labels: label,
                    maxConcurrency: maxConcurrency,
                    runsOn: runsOn
                )
                let source = try await server.withClient { client in
                    try await client.send(RemoteSource.self, .post, "/sources", body: body)
                }
                let placement = runsOn == "agent" ? ", runs on agents" : ""
                print("source \(source.id): \(source.name) (\(source.kind)\(placement))")
            }
        }

        struct Remove: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Delete a source.")
            @OptionGroup var server: ServerOptions
            @Argument(help: "The source id.") var id: String

            func run() async throws {
                _ = try await server.withClient { client in
                    try await client.send(.delete, APIClient.path("sources", id))
                }
                print("source \(id): removed")
            }
        }

        struct Test: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Check that the server can connect to a source; exits 1 when it cannot."
            )
            @OptionGroup var server: ServerOptions
            @Argument(help: "The source id.") var id: String

            func run() async throws {
                let check = try await server.withClient { client in
                    try await client.send(SourceTestResult.self, .post, APIClient.path("sources", id, "test"))
                }
                let latency = check.latencyMilliseconds.map { " in \(Int($0)) ms" } ?? ""
                guard check.ok else {
                    print("source \(id): failed\(latency): \(check.error ?? "unknown error") (\(check.code ?? "?"))")
                    throw ExitCode(1)
                }
                print("source \(id): ok\(latency)")
            }
        }
    }
}
