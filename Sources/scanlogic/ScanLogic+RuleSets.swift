import ArgumentParser
import Foundation
import ScanClient

extension ScanLogic {
    /// `scanlogic rulesets …`: the named, versioned rule sets stored on a server.
    struct RuleSets: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rulesets",
            abstract: "List, show, create, update and validate the rule sets of a ScanLogic server.",
            subcommands: [List.self, Show.self, Create.self, Update.self, Versions.self, Validate.self]
        )

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List the rule sets.")
            @OptionGroup var server: ServerOptions
            @Option(help: "Output format: table or json.") var format: ListFormat = .table
            @Option(help: "At most this many rule sets.") var limit = 1000

            func run() async throws {
                let sets = try await server.withClient { client in
                    try await client.list(Captured<RemoteRuleSet>.self, "/rulesets", limit: limit)
                }
                if format == .json { return try TextTable.printJSON(sets.map(\.raw)) }
                let rows = sets.map(\.value).map {
                    [
                        $0.id, $0.name, $0.latestVersion.map(String.init) ?? "-", TextTable.date($0.updatedAt),
                        $0.description,
                    ]
                }
                TextTable.print(["ID", "NAME", "VERSION", "UPDATED", "DESCRIPTION"], rows, empty: "No rule sets.")
            }
        }

        struct Show: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Show a rule set and its latest document.")
            @OptionGroup var server: ServerOptions
            @Argument(help: "The rule set id.") var id: String
            @Option(help: "Output format: table or json.") var format: ListFormat = .table

            func run() async throws {
                let set = try await server.withClient { client in
                    try await client.get(Captured<RemoteRuleSet>.self, APIClient.path("rulesets", id))
                }
                if format == .json { return try TextTable.printJSON(set.raw) }
                let value = set.value
                TextTable.printFields([
                    ("id", value.id), ("name", value.name), ("description", value.description),
                    ("version", value.latestVersion.map(String.init)), ("updated", TextTable.date(value.updatedAt)),
                ])
                if let document = value.document { print("\n" + document) }
            }
        }

        struct Create: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Store a new rule set (version 1).")
            @OptionGroup var server: ServerOptions
            @Option(help: "A name unique on the server.") var name: String
            @Option(help: "What it is for.") var description: String?
            @Option(help: "The YAML rule set document.") var file: String

            func run() async throws {
                let body = RuleSetBody(name: name, description: description, document: try RuleSetFile.read(file))
                let set = try await server.withClient { client in
                    try await client.send(RemoteRuleSet.self, .post, "/rulesets", body: body)
                }
                print("rule set \(set.id): \(set.name), version \(set.latestVersion ?? 1)")
            }
        }

        struct Update: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Add a new version of a rule set; scans that use it follow the latest version."
            )
            @OptionGroup var server: ServerOptions
            @Argument(help: "The rule set id.") var id: String
            @Option(help: "The YAML rule set document.") var file: String

            func run() async throws {
                let body = DocumentBody(document: try RuleSetFile.read(file))
                let version = try await server.withClient { client in
                    try await client.send(
                        RemoteRuleSetVersion.self,
                        .post,
                        APIClient.path("rulesets", id, "versions"),
                        body: body
                    )
                }
                print("rule set \(id): version \(version.version)")
            }
        }

        struct Versions: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List the versions of a rule set.")
            @OptionGroup var server: ServerOptions
            @Argument(help: "The rule set id.") var id: String
            @Option(help: "Output format: table or json.") var format: ListFormat = .table

            func run() async throws {
                let versions = try await server.withClient { client in
                    try await client.list(
                        Captured<RemoteRuleSetVersion>.self,
                        APIClient.path("rulesets", id, "versions"),
                        limit: 10_000
                    )
                }
                if format == .json { return try TextTable.printJSON(versions.map(\.raw)) }
                let rows = versions.map(\.value).map {
                    [String($0.version), TextTable.date($0.createdAt), $0.createdBy ?? "-"]
                }
                TextTable.print(["VERSION", "CREATED", "BY"], rows, empty: "No versions.")
            }
        }

        struct Validate: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Ask the server to check a rule set document without storing it; exits 1 when invalid."
            )
            @OptionGroup var server: ServerOptions
            @Option(help: "The YAML rule set document.") var file: String

            func run() async throws {
                let body = DocumentBody(document: try RuleSetFile.read(file))
                let verdict = try await server.withClient { client in
                    try await client.send(DocumentValidation.self, .post, "/rulesets/validate", body: body)
                }
                guard verdict.valid else {
                    for problem in verdict.errors { print("\(file):\(problem.summary)") }
                    throw ExitCode(1)
                }
                print("\(file): valid")
            }
        }
    }
}

/// Reads a rule set document for upload.
enum RuleSetFile {
    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("cannot read \(path)")
        }
        guard let text = String(data: data, encoding: .utf8), !text.isEmpty else {
            throw ValidationError("\(path) is empty or not UTF-8")
        }
        return text
    }
}
