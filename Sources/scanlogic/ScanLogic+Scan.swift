import ArgumentParser
import Foundation
import ScanConnectors
import ScanCore
import ScanEngine
import ScanRules
import ScanStoreSQLite

extension ScanLogic {
    /// `scanlogic scan <target>`: scan a file tree or a database into the embedded store.
    struct Scan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Scan a file tree, a SQLite database or a PostgreSQL database.",
            discussion: """
                TARGET is a directory or file path, sqlite:PATH, or postgres://user@host:port/db \
                (put the password in an environment variable and name it with --credential-env). \
                Scanning the same target again compares with the previous run (new, unchanged, fixed, \
                reopened); if a previous scan of it was interrupted, it resumes that run. \
                Exit status: 0 no findings at or above --fail-on, 1 findings, 2 error.
                """
        )

        @Argument(help: "What to scan.") var target: String
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "A YAML rule set file (default: all built-in classifiers).") var rules: String?
        @Option(help: "Output format: table, json or sarif.") var format: OutputFormat = .table
        @Option(help: "Exit with status 1 if a finding has at least this severity.", transform: ArgumentValue.severity)
        var failOn: Severity?
        @Option(help: "Only scan paths matching this glob (repeatable).") var include: [String] = []
        @Option(help: "Skip paths matching this glob (repeatable).") var exclude: [String] = []
        @Option(help: "The environment variable holding the database password.") var credentialEnv: String?
        @Option(help: "Jobs in flight at once (default: the number of cores).") var concurrency: Int?
        @Option(help: "Write the findings to this file instead of standard output.") var output: String?
        @Flag(help: "Do not show progress.") var quiet = false

        func run() async throws {
            let environment = ProcessInfo.processInfo.environment
            let ruleDocument = try rules.map(RuleFile.read)
            let ruleFile = rules ?? "rule set"
            let opened = try await OpenedStore.open(storeOptions, logger: ProcessLogger.make(), exclusive: true)
            let profile = try opened.rules.profile(for: ruleDocument, file: ruleFile)
            let plan = try ScanPlan(target: target, credentialEnv: credentialEnv, include: include, exclude: exclude)
            let definition = try await plan.register(in: opened.store, ruleSet: ruleDocument)
            let start = try await opened.store.startRun(
                definitionID: definition.id,
                tenant: Tenant.defaultID,
                at: Date()
            )
            if !start.created {
                Terminal.printError("resuming run \(start.run.id) of \(plan.displayName)")
            }
            let run = try await LocalRunner(opened: opened, environment: environment)
                .drive(start.run.id, concurrency: concurrency, showProgress: !quiet)
            let findings = try await RunReport.findings(of: run, store: opened.store)
            try FindingsPrinter(format: format, classifiers: profile.engine.classifiers)
                .write(run: run, findings: findings, to: output)
            try RunReport.check(run, findings: findings, failOn: failOn)
        }
    }
}
