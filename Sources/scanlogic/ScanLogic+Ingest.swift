import ArgumentParser
import Foundation
import ScanClient

extension ScanLogic {
    /// `scanlogic ingest`: send another scanner's report to a server, for CI jobs.
    struct Ingest: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Send a SARIF or native report to a server's ingest API.",
            discussion: """
                Bind the report to a scan (--scan) or to one asset of a source (--source and --asset). \
                Each tool's report becomes a run of the scan; the summary says how many of its findings \
                are new, unchanged, fixed and reopened. The token needs the operator, admin or agent role.
                """
        )
        @OptionGroup var server: ServerOptions
        @Argument(help: ArgumentHelp("The report file; - reads standard input.", valueName: "file"))
        var file: String
        @Option(help: "sarif or native.") var format = "sarif"
        @Option(help: "The scan (id or name) the report belongs to.") var scan: String?
        @Option(help: "The source (id or name) of an asset-bound report.") var source: String?
        @Option(help: "The asset's path in the source's catalog.") var asset: String?
        @Option(help: "The checkout directory as the tool saw it; paths under it become relative.")
        var root: String?
        @Flag(help: "Print the server's JSON answer.") var json = false

        func validate() throws {
            guard ["sarif", "native"].contains(format) else {
                throw ValidationError("--format must be sarif or native")
            }
            guard (scan != nil) != (source != nil && asset != nil) else {
                throw ValidationError("give --scan, or --source with --asset")
            }
        }

        func run() async throws {
            let report =
                file == "-"
                ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: file))
            let path = format == "sarif" ? "/ingest/sarif" : "/ingest"
            let answer = try await server.withClient { client in
                try await client.send(.post, path, query: query, json: report)
            }
            if json {
                print(String(decoding: answer.body, as: UTF8.self))
                return
            }
            let summary = try JSONDecoder().decode(IngestSummary.self, from: answer.body)
            for line in summary.lines { print(line) }
        }

        private var query: [URLQueryItem] {
            var items: [URLQueryItem] = []
            if let scan { items.append(URLQueryItem(name: "scan", value: scan)) }
            if let source { items.append(URLQueryItem(name: "source", value: source)) }
            if let asset { items.append(URLQueryItem(name: "asset", value: asset)) }
            if let root { items.append(URLQueryItem(name: "root", value: root)) }
            return items
        }
    }
}

/// The server's answer to an ingest, as the summary prints it.
private struct IngestSummary: Decodable {
    struct Run: Decodable {
        struct Counters: Decodable {
            var findingsNew: Int
            var findingsUnchanged: Int
            var findingsFixed: Int
            var findingsReopened: Int

            enum CodingKeys: String, CodingKey {
                case findingsNew = "findings_new"
                case findingsUnchanged = "findings_unchanged"
                case findingsFixed = "findings_fixed"
                case findingsReopened = "findings_reopened"
            }
        }

        var id: String
        var tool: String?
        var counters: Counters
    }

    var runs: [Run]

    var lines: [String] {
        runs.map { run in
            let counters = run.counters
            return "\(run.tool ?? "?"): \(counters.findingsNew) new, \(counters.findingsUnchanged) unchanged, "
                + "\(counters.findingsFixed) fixed, \(counters.findingsReopened) reopened (run \(run.id))"
        }
    }
}
