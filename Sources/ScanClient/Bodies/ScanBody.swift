/// The body of `POST /scans`.
public struct ScanBody: Encodable, Sendable {
    /// Include and exclude globs.
    public struct Scope: Encodable, Sendable, Hashable {
        /// Globs an object must match; empty means all.
        public var include: [String]
        /// Globs that remove an object.
        public var exclude: [String]
    }

    /// The scan's name.
    public var name: String
    /// The source it scans.
    public var sourceID: String
    /// Its scope.
    public var scope: Scope
    /// An inline YAML rule set, or `nil`.
    public var ruleSet: String?
    /// A stored rule set, or `nil`.
    public var ruleSetID: String?
    /// Its priority, the server's default when `nil`.
    public var priority: Int?
    /// Its schedule, manual when `nil`.
    public var schedule: ScheduleBody?

    enum CodingKeys: String, CodingKey {
        case name, scope, priority, schedule
        case sourceID = "source_id"
        case ruleSet = "rule_set"
        case ruleSetID = "rule_set_id"
    }

    /// Creates a body.
    /// - Throws: ``APIClientError/Code/invalidInput`` when both `ruleSet` and `ruleSetID` are given.
    public init(
        name: String,
        sourceID: String,
        include: [String] = [],
        exclude: [String] = [],
        ruleSet: String? = nil,
        ruleSetID: String? = nil,
        priority: Int? = nil,
        schedule: ScheduleBody? = nil
    ) throws {
        guard ruleSet == nil || ruleSetID == nil else {
            throw APIClientError(.invalidInput, "give either --rules-file or --ruleset, not both")
        }
        self.name = name
        self.sourceID = sourceID
        self.scope = Scope(include: include, exclude: exclude)
        self.ruleSet = ruleSet
        self.ruleSetID = ruleSetID
        self.priority = priority
        self.schedule = schedule
    }
}
