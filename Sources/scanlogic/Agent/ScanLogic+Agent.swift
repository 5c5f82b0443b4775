import ArgumentParser
import Foundation
import ScanClient
import ScanCore

extension ScanLogic {
    /// `scanlogic agent`: a worker inside a source's network that takes its jobs over the API.
    struct Agent: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run an agent: scan sources placed on agents, reaching the server over HTTPS only.",
            discussion: """
                The agent registers with the server under its token (create one with `admin \
                token create --role agent`, one per agent, and set SCANLOGIC_TOKEN), then claims \
                the enumerations and scans of sources added with --runs-on agent that match its \
                capabilities, labels and tools, and sends back redacted, hashed results; the \
                server's workers finalize them. Credentials of the sources are read from the \
                agent's own environment. It needs the server's SCANLOGIC_HASH_KEY so fingerprints \
                agree. SIGTERM or SIGINT stops claiming and lets jobs in flight finish within \
                --drain-timeout; a killed agent's jobs are taken over when their leases lapse.
                """
        )

        @OptionGroup var server: ServerOptions
        @Option(help: "The agent's name in the registry (default: the host name).") var name: String?
        @Option(help: "Serve only sources whose labels are all among these, comma-separated.") var labels: String?
        @Option(help: "Jobs in flight at once.") var maxJobs = 4
        @Option(
            help: ArgumentHelp("An external tool this agent can run, checked on PATH (repeatable).", valueName: "name")
        )
        var tool: [String] = []
        @Option(
            help: ArgumentHelp(
                "A source kind this agent reaches (repeatable; default: every kind).",
                valueName: "kind"
            )
        )
        var capability: [String] = []
        @Option(help: "Seconds jobs in flight get to finish after SIGTERM.") var drainTimeout: Double = 30

        func validate() throws {
            guard (1...256).contains(maxJobs) else { throw ValidationError("--max-jobs must be between 1 and 256") }
            _ = try capabilities()
            _ = try ToolPath.check(tool, environment: ProcessInfo.processInfo.environment)
            if let name, name.isEmpty || name.count > 100 {
                throw ValidationError("--name must be 1 to 100 characters")
            }
        }

        func run() async throws {
            let environment = ProcessInfo.processInfo.environment
            guard let client = try server.configuration(environment: environment) else {
                throw APIClientError(
                    .notConfigured,
                    "scanlogic agent needs a server: give --server URL or set SCANLOGIC_SERVER"
                )
            }
            let settings = AgentProcess.Settings(
                name: name ?? AgentProcess.Settings.defaultName(),
                capabilities: try capabilities(),
                tools: try ToolPath.check(tool, environment: environment),
                labels: WorkerRole.list(labels).sorted(),
                maxJobs: maxJobs,
                drainTimeout: drainTimeout
            )
            try await AgentProcess(client: client, settings: settings).run(environment: environment)
        }

        /// The `--capability` kinds, or every kind this binary's connectors handle.
        private func capabilities() throws -> [SourceKind] {
            guard !capability.isEmpty else { return SourceKind.allCases }
            return try capability.map { text in
                guard let kind = SourceKind(rawValue: text) else {
                    let kinds = SourceKind.allCases.map(\.rawValue).joined(separator: ", ")
                    throw ValidationError("unknown source kind '\(text)' in --capability; use \(kinds)")
                }
                return kind
            }
        }
    }
}
