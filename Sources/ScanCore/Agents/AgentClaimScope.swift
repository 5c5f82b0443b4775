/// Which agent-placed jobs a claim may take: the enumerations and scans of sources that run
/// on agents, narrowed to what one agent can do.
///
/// A `nil` member does not narrow; ``anyAgent`` narrows nothing (the server uses it to find
/// jobs no agent took in time).
public struct AgentClaimScope: Sendable, Hashable {
    /// Only sources of this tenant.
    public var tenantID: TenantID?
    /// Only sources of these kinds (the agent's capabilities).
    public var sourceKinds: [String]?
    /// Only sources whose every label is among these (the agent's labels).
    public var labels: [String]?
    /// Only enumerations of definitions without an external tool, or whose tool's
    /// executable (its first argument) is among these.
    public var tools: [String]?

    /// Creates a scope.
    public init(tenantID: TenantID?, sourceKinds: [String]?, labels: [String]?, tools: [String]?) {
        self.tenantID = tenantID
        self.sourceKinds = sourceKinds
        self.labels = labels
        self.tools = tools
    }

    /// What `agent` can run: its tenant, capabilities, labels and tools.
    public init(agent: AgentRecord) {
        self.init(
            tenantID: agent.tenantID,
            sourceKinds: agent.capabilities,
            labels: agent.labels,
            tools: agent.tools
        )
    }

    /// Every agent-placed job.
    public static let anyAgent = AgentClaimScope(tenantID: nil, sourceKinds: nil, labels: nil, tools: nil)
}
