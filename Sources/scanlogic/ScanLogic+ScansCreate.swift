import ArgumentParser
import Foundation
import ScanClient

extension ScanLogic.Scans {
    /// `scanlogic scans create`: define a scan of a source, with its scope, rules and schedule.
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a scan of a source.",
            discussion: """
                Give at most one schedule: --daily 02:00, --weekly "mon 02:00", --monthly "1 02:00" or \
                --cron "*/30 * * * *", evaluated in --time-zone (default UTC). Without one the scan is manual.
                """
        )
        @OptionGroup var server: ServerOptions
        @Option(help: "A name unique on the server.") var name: String
        @Option(help: "The source id.") var source: String
        @Option(help: "Only objects matching this glob (repeatable).") var include: [String] = []
        @Option(help: "Skip objects matching this glob (repeatable).") var exclude: [String] = []
        @Option(help: "A YAML rule set document sent inline.") var rulesFile: String?
        @Option(help: "A stored rule set id; the scan follows its latest version.") var ruleset: String?
        @Option(help: "Higher runs first when workers compete.") var priority: Int?
        @Option(help: ArgumentHelp("Every day at this local time.", valueName: "HH:MM")) var daily: String?
        @Option(help: ArgumentHelp("Every week.", valueName: "day HH:MM")) var weekly: String?
        @Option(help: ArgumentHelp("Every month on this day.", valueName: "day HH:MM")) var monthly: String?
        @Option(help: ArgumentHelp("A five-field cron expression.", valueName: "expr")) var cron: String?
        @Option(help: ArgumentHelp("The schedule's IANA time zone.", valueName: "zone")) var timeZone: String?
        // Unconditional, so `--tool-arg -r` passes `-r` to the tool instead of parsing it.
        @Option(
            parsing: .unconditionalSingleValue,
            help: ArgumentHelp(
                "Run this external scanner instead of the rules: one argument per flag, in order.",
                discussion: "e.g. --tool-arg bandit --tool-arg -r --tool-arg '{target}' --tool-arg -f "
                    + "--tool-arg sarif --tool-arg -o --tool-arg '{output}'",
                valueName: "arg"
            )
        )
        var toolArg: [String] = []
        @Option(help: "The tool's report format: sarif or native.") var toolFormat: String?
        @Option(help: "Seconds the tool may run.") var toolTimeout: Double?
        @Option(help: "An exit status meaning the tool ran (repeatable; default 0).") var toolExitCode: [Int32] = []

        func run() async throws {
            let body = try ScanBody(
                name: name,
                sourceID: source,
                include: include,
                exclude: exclude,
                ruleSet: try rulesFile.map(RuleSetFile.read),
                ruleSetID: ruleset,
                priority: priority,
                schedule: try ScheduleBody.fromOptions(
                    daily: daily,
                    weekly: weekly,
                    monthly: monthly,
                    cron: cron,
                    timeZone: timeZone
                ),
                toolCommand: toolArg.isEmpty
                    ? nil
                    : ToolCommandBody(
                        arguments: toolArg,
                        format: toolFormat,
                        timeoutSeconds: toolTimeout,
                        exitCodes: toolExitCode.isEmpty ? nil : toolExitCode
                    )
            )
            let scan = try await server.withClient { client in
                try await client.send(RemoteScan.self, .post, "/scans", body: body)
            }
            print("scan \(scan.id): \(scan.name), \(scan.schedule.summary)")
        }
    }
}
