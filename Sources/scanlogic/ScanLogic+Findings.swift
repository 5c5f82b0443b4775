import ArgumentParser
import ScanCore
import ScanEngine
import ScanRules
import ScanStoreSQLite

extension ScanLogic {
    /// `scanlogic findings list`: read stored findings.
    struct Findings: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read stored findings.",
            subcommands: [List.self],
            defaultSubcommand: List.self
        )

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List findings, oldest first.")
            @OptionGroup var storeOptions: StoreOptions
            @Option(help: "Only findings last seen by this run.") var run: String?
            @Option(help: "open or fixed.", transform: ArgumentValue.status) var status: FindingStatus?
            @Option(help: "Only findings at or above this severity.", transform: ArgumentValue.severity)
            var minSeverity: Severity?
            @Option(help: "Output format: table, json or sarif.") var format: OutputFormat = .table
            @Option(help: "At most this many findings.") var limit = 1000

            func run() async throws {
                let embedded = try Embedded(path: storeOptions.path(), logger: ProcessLogger.make())
                var runID: Identifier<ScanRun>?
                if let run { runID = try await RunLookup.find(run, in: embedded.store).id }
                let query = FindingQuery(lastSeenRun: runID, status: status, minSeverity: minSeverity, limit: limit)
                let findings = try await embedded.store.findings(query)
                try FindingsPrinter(format: format, classifiers: try RuleDocument.classifiers(nil))
                    .write(run: nil, findings: findings, to: nil)
            }
        }
    }
}
