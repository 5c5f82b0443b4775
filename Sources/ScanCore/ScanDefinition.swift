public import Foundation

/// What to scan and how: a source, a scope inside it, a rule set and a priority.
///
/// Findings are deduplicated per definition: two runs of one definition compare
/// their results (new, unchanged, fixed, reopened).
public struct ScanDefinition: Sendable, Codable, Hashable {
    /// The stable identifier.
    public var id: Identifier<ScanDefinition>
    /// The owning tenant.
    public var tenantID: TenantID
    /// A human-readable name, unique per tenant.
    public var name: String
    /// The source it scans.
    public var sourceID: Identifier<DataSource>
    /// The objects it covers.
    public var scope: ScopeFilter
    /// The rule set document (YAML) or `nil` for the built-in default rule set.
    public var ruleSet: String?
    /// Higher runs first when workers compete for jobs.
    public var priority: Int
    /// When it was created.
    public var createdAt: Date
    /// When it runs by itself; manual by default.
    public var schedule: Schedule
    /// A paused definition is skipped by the scheduler and cannot be triggered.
    public var paused: Bool
    /// The next slot of its schedule, computed and stored by the scheduler.
    public var nextRunAt: Date?
    /// The stored rule set it follows, whose latest version is copied into ``ruleSet``.
    public var ruleSetID: Identifier<RuleSetRecord>?
    /// The version of ``ruleSetID`` copied into ``ruleSet``.
    public var ruleSetVersion: Int?
    /// An external scanner run instead of the rule set, whose report the run stores.
    public var toolCommand: ToolCommand?

    /// Creates a definition.
    public init(
        id: Identifier<ScanDefinition> = .random(),
        tenantID: TenantID = Tenant.defaultID,
        name: String,
        sourceID: Identifier<DataSource>,
        scope: ScopeFilter = ScopeFilter(),
        ruleSet: String? = nil,
        priority: Int = 0,
        createdAt: Date,
        schedule: Schedule = .manual,
        paused: Bool = false,
        nextRunAt: Date? = nil,
        ruleSetID: Identifier<RuleSetRecord>? = nil,
        ruleSetVersion: Int? = nil,
        toolCommand: ToolCommand? = nil
    ) {
        self.id = id
        self.tenantID = tenantID
        self.name = name
        self.sourceID = sourceID
        self.scope = scope
        self.ruleSet = ruleSet
        self.priority = priority
        self.createdAt = createdAt
        self.schedule = schedule
        self.paused = paused
        self.nextRunAt = nextRunAt
        self.ruleSetID = ruleSetID
        self.ruleSetVersion = ruleSetVersion
        self.toolCommand = toolCommand
    }
}
