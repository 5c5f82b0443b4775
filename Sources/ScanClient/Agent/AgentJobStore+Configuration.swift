public import Foundation
public import ScanCore

extension AgentJobStore {
    /// Who the agent is and what it takes on; sent when it registers.
    public struct Configuration: Sendable {
        /// The agent's name in the registry.
        public var name: String
        /// The source kinds its connectors reach.
        public var capabilities: [SourceKind]
        /// The external tools (executable names) it can run.
        public var tools: [String]
        /// The labels of the sources it serves.
        public var labels: [String]
        /// The jobs it runs at once; its worker's concurrency.
        public var maxJobs: Int
        /// The machine it runs on.
        public var host: String
        /// The program's version.
        public var version: String
        /// How long a claim may wait on the server while the agent runs nothing, in seconds.
        public var idleWait: Double

        /// Creates a configuration.
        public init(
            name: String,
            capabilities: [SourceKind] = SourceKind.allCases,
            tools: [String] = [],
            labels: [String] = [],
            maxJobs: Int = 4,
            host: String = ProcessInfo.processInfo.hostName,
            version: String = "",
            idleWait: Double = 10
        ) {
            self.name = name
            self.capabilities = capabilities
            self.tools = tools
            self.labels = labels
            self.maxJobs = maxJobs
            self.host = host
            self.version = version
            self.idleWait = idleWait
        }
    }
}
