/// Totals across a tenant, for dashboards.
public struct ControlStats: Sendable, Codable, Hashable {
    /// Open, untriaged findings per severity.
    public var openFindingsBySeverity: [Severity: Int]
    /// Open, untriaged findings per rule category.
    public var openFindingsByCategory: [RuleCategory: Int]
    /// Open, untriaged findings per source id.
    public var openFindingsBySource: [String: Int]
    /// Findings per triage state.
    public var findingsByTriage: [TriageState: Int]
    /// Assets per classification rule id.
    public var assetsByClassification: [String: Int]
    /// Runs per status.
    public var runsByStatus: [RunStatus: Int]

    /// Creates statistics.
    public init(
        openFindingsBySeverity: [Severity: Int] = [:],
        openFindingsByCategory: [RuleCategory: Int] = [:],
        openFindingsBySource: [String: Int] = [:],
        findingsByTriage: [TriageState: Int] = [:],
        assetsByClassification: [String: Int] = [:],
        runsByStatus: [RunStatus: Int] = [:]
    ) {
        self.openFindingsBySeverity = openFindingsBySeverity
        self.openFindingsByCategory = openFindingsByCategory
        self.openFindingsBySource = openFindingsBySource
        self.findingsByTriage = findingsByTriage
        self.assetsByClassification = assetsByClassification
        self.runsByStatus = runsByStatus
    }
}

/// Jobs in the queue per kind and state, for metrics.
public struct QueueCounts: Sendable, Hashable {
    /// Count per kind and state; missing pairs are zero.
    public var counts: [JobKind: [JobState: Int]]

    /// Creates counts.
    public init(counts: [JobKind: [JobState: Int]] = [:]) {
        self.counts = counts
    }

    /// The jobs waiting to be claimed.
    public var depth: Int {
        counts.values.reduce(0) { $0 + ($1[.ready] ?? 0) }
    }
}
