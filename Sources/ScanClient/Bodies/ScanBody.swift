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
    /// An external scanner it runs instead of the rules, or `nil`.
    public var toolCommand: ToolCommandBody?

    enum CodingKeys: String, CodingKey {
        case name, scope, priority, schedule
        case sourceID = "source_id"
        case ruleSet = "rule_set"
        case ruleSetID = "rule_set_id"
        case toolCommand = "tool_command"
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
        schedule: ScheduleBody? = nil,
        toolCommand: ToolCommandBody? = nil
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
        self.toolCommand = toolCommand
    }
}

/// `tool_command`: the command with its `{target}`, `{output}` and `{workdir}`
/// placeholders, the report format, the timeout and the accepted exit statuses; the server
/// fills in what is `nil`.
public struct ToolCommandBody: Encodable, Sendable, Hashable {
    public var arguments: [String]
    public var format: String?
    public var timeoutSeconds: Double?
    public var exitCodes: [Int32]?

    enum CodingKeys: String, CodingKey {
        case arguments, format
        case timeoutSeconds = "timeout_seconds"
        case exitCodes = "exit_codes"
    }

    /// Creates a body.
    public init(arguments: [String], format: String? = nil, timeoutSeconds: Double? = nil, exitCodes: [Int32]? = nil) {
        self.arguments = arguments
        self.format = format
        self.timeoutSeconds = timeoutSeconds
        self.exitCodes = exitCodes
    }
}
