public import Foundation

/// A scan definition as the API returns it; only `id` and `name` are required.
public struct RemoteScan: Decodable, Sendable, Hashable {
    /// The scan id.
    public var id: String
    /// Its name.
    public var name: String
    /// The source it scans.
    public var sourceID: String?
    /// Include and exclude globs.
    public var include: [String]
    public var exclude: [String]
    /// The stored rule set it follows, and which version.
    public var ruleSetID: String?
    public var ruleSetVersion: Int?
    /// Whether it carries its own rule set document.
    public var hasInlineRules: Bool
    /// Its priority.
    public var priority: Int
    /// Its schedule (`manual` when absent).
    public var schedule: ScheduleBody
    /// Whether it is paused.
    public var paused: Bool
    /// The next scheduled slot.
    public var nextRunAt: Date?

    enum CodingKeys: String, CodingKey {
        case id, name, scope, priority, schedule, paused
        case sourceID = "source_id"
        case ruleSet = "rule_set"
        case ruleSetID = "rule_set_id"
        case ruleSetVersion = "rule_set_version"
        case nextRunAt = "next_run_at"
    }

    enum ScopeKeys: String, CodingKey {
        case include, exclude
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        sourceID = container.lenient(.sourceID)
        let scope = try? container.nestedContainer(keyedBy: ScopeKeys.self, forKey: .scope)
        include = scope?.lenient(.include) ?? []
        exclude = scope?.lenient(.exclude) ?? []
        ruleSetID = container.lenient(.ruleSetID)
        ruleSetVersion = container.lenient(.ruleSetVersion)
        hasInlineRules = (container.lenient(.ruleSet, as: String.self)).map { !$0.isEmpty } ?? false
        priority = container.lenient(.priority) ?? 0
        schedule = container.lenient(.schedule) ?? ScheduleBody(kind: "manual")
        paused = container.lenient(.paused) ?? false
        nextRunAt = container.lenient(.nextRunAt)
    }
}
