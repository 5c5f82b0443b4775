import Foundation
import ScanCore

/// The body of `POST /scans` and `PATCH /scans/{id}`; on PATCH every field is optional.
///
/// `rule_set` is an inline YAML document and `rule_set_id` a stored rule set whose latest
/// version is copied in; they exclude each other. On PATCH an empty `rule_set` returns the
/// definition to the built-in default rule set.
struct ScanInput: APIInput {
    enum Fields: String, CodingKey, CaseIterable {
        case name, scope, priority, schedule, paused
        case sourceID = "source_id"
        case ruleSet = "rule_set"
        case ruleSetID = "rule_set_id"
        case toolCommand = "tool_command"
    }

    static var nestedInputs: [String: any APIInput.Type] {
        ["scope": ScopeInput.self, "schedule": ScheduleInput.self, "tool_command": ToolCommandInput.self]
    }

    var name: String?
    var sourceID: String?
    var scope: ScopeInput?
    var ruleSet: String?
    var ruleSetID: String?
    var priority: Int?
    var schedule: ScheduleInput?
    var paused: Bool?
    /// `nil` when absent; `.some(nil)` for `null`, which removes the tool.
    var toolCommand: ToolCommand??

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Fields.self)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        sourceID = try container.decodeIfPresent(String.self, forKey: .sourceID)
        scope = try container.decodeIfPresent(ScopeInput.self, forKey: .scope)
        ruleSet = try container.decodeIfPresent(String.self, forKey: .ruleSet)
        ruleSetID = try container.decodeIfPresent(String.self, forKey: .ruleSetID)
        priority = try container.decodeIfPresent(Int.self, forKey: .priority)
        schedule = try container.decodeIfPresent(ScheduleInput.self, forKey: .schedule)
        paused = try container.decodeIfPresent(Bool.self, forKey: .paused)
        if container.contains(.toolCommand) {
            toolCommand = .some(try container.decodeIfPresent(ToolCommandInput.self, forKey: .toolCommand)?.command)
        }
    }
}

/// `tool_command`: an external scanner the definition runs instead of its rules.
struct ToolCommandInput: APIInput {
    enum Fields: String, CodingKey, CaseIterable {
        case arguments, format
        case timeoutSeconds = "timeout_seconds"
        case exitCodes = "exit_codes"
    }

    var command: ToolCommand

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Fields.self)
        let defaults = ToolCommand(arguments: [])
        command = ToolCommand(
            arguments: try container.decode([String].self, forKey: .arguments),
            format: try container.decodeIfPresent(ToolCommand.Format.self, forKey: .format) ?? defaults.format,
            timeoutSeconds: try container.decodeIfPresent(Double.self, forKey: .timeoutSeconds)
                ?? defaults.timeoutSeconds,
            exitCodes: try container.decodeIfPresent([Int32].self, forKey: .exitCodes) ?? defaults.exitCodes
        )
    }
}

/// `scope`: globs over object paths.
struct ScopeInput: APIInput {
    enum Fields: String, CodingKey, CaseIterable {
        case include, exclude
    }

    var include: [String]
    var exclude: [String]

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Fields.self)
        include = try container.decodeIfPresent([String].self, forKey: .include) ?? []
        exclude = try container.decodeIfPresent([String].self, forKey: .exclude) ?? []
    }

    var filter: ScopeFilter { ScopeFilter(include: include, exclude: exclude) }
}

/// `schedule`: the kind and the fields it uses; `time_zone` is UTC by default.
struct ScheduleInput: APIInput {
    enum Fields: String, CodingKey, CaseIterable {
        case kind, expression, time, weekday
        case dayOfMonth = "day_of_month"
        case timeZone = "time_zone"
    }

    var schedule: Schedule

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Fields.self)
        schedule = Schedule(
            kind: try container.decode(Schedule.Kind.self, forKey: .kind),
            expression: try container.decodeIfPresent(String.self, forKey: .expression),
            time: try container.decodeIfPresent(String.self, forKey: .time),
            weekday: try container.decodeIfPresent(String.self, forKey: .weekday),
            dayOfMonth: try container.decodeIfPresent(Int.self, forKey: .dayOfMonth),
            timeZone: try container.decodeIfPresent(String.self, forKey: .timeZone) ?? "UTC"
        )
    }
}
