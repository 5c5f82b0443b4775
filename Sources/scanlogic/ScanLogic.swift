import ArgumentParser
import Foundation

/// The `scanlogic` command: the one executable and the only composition root.
@main
struct ScanLogic: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scanlogic",
        abstract: "Find sensitive data and secrets in file trees and databases, and keep track of them.",
        version: "0.1.0",
        subcommands: [
            Scan.self, Runs.self, Findings.self, Rules.self, Sample.self, Bench.self, Serve.self, Admin.self,
            Sources.self, RuleSets.self, Scans.self, Worker.self, Workers.self, Migrate.self, BenchFleet.self,
            BenchIngest.self, Ingest.self, Agent.self,
        ]
    )

    /// Parses and runs, mapping every failure to exit code 2 (1 is reserved for "findings
    /// at or above --fail-on").
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exitWithStatus(for: error)
        }
    }

    private static func exitWithStatus(for error: any Error) -> Never {
        if let code = error as? ExitCode { Foundation.exit(code.rawValue) }
        let status = exitCode(for: error)
        let message = fullMessage(for: error)
        if status == .success {
            print(message)
            Foundation.exit(0)
        }
        Terminal.printError(message)
        Foundation.exit(2)
    }
}
