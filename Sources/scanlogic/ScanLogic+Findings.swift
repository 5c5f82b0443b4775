import ArgumentParser
import ScanClient
import ScanCore
import ScanEngine
import ScanRules
import ScanStoreSQLite

extension ScanLogic {
    /// `scanlogic findings list|triage`: read stored findings, locally or on a server; triage them on a server.
    struct Findings: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read stored findings, locally or on a server, and triage them on a server.",
            subcommands: [List.self, Triage.self],
            defaultSubcommand: List.self
        )

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List findings, oldest first.")
            @OptionGroup var storeOptions: StoreOptions
            @OptionGroup var server: ServerOptions
            @Option(help: "Only findings last seen by this run.") var run: String?
            @Option(help: "open or fixed.", transform: ArgumentValue.status) var status: FindingStatus?
            @Option(help: "Only findings at or above this severity.", transform: ArgumentValue.severity)
            var minSeverity: Severity?
            @Option(help: "Server only: findings of this scan id.") var scan: String?
            @Option(help: "Server only: the same as --min-severity.", transform: ArgumentValue.severity)
            var severity: Severity?
            @Option(help: "Server only: findings of this rule id.") var rule: String?
            @Option(help: "Server only: any, untriaged, false_positive, accepted_risk or ignored.")
            var triage: String?
            @Option(help: "Output format: table, json or sarif.") var format: OutputFormat = .table
            @Option(help: "At most this many findings (server pages are followed up to it).") var limit = 1000

            func run() async throws {
                let filter = RemoteFindingFilter(
                    scan: scan,
                    run: run,
                    status: status,
                    severity: severity ?? minSeverity,
                    rule: rule,
                    triage: triage
                )
                if let configuration = try server.configuration() {
                    let findings = try await APIClient.withClient(configuration) { client in
                        try await filter.findings(client, limit: limit)
                    }
                    return try FindingsPrinter(format: format, classifiers: try RuleDocument.classifiers(nil))
                        .write(run: nil, findings: findings, to: nil)
                }
                guard scan == nil, severity == nil, rule == nil, triage == nil else {
                    throw ValidationError("--scan, --severity, --rule and --triage need --server")
                }
                let opened = try await OpenedStore.open(storeOptions, logger: ProcessLogger.make())
                var runID: Identifier<ScanRun>?
                if let run { runID = try await RunLookup.find(run, in: opened.store).id }
                let query = FindingQuery(lastSeenRun: runID, status: status, minSeverity: minSeverity, limit: limit)
                let findings = try await opened.store.findings(query)
                try FindingsPrinter(format: format, classifiers: try RuleDocument.classifiers(nil))
                    .write(run: nil, findings: findings, to: nil)
            }
        }
    }
}
