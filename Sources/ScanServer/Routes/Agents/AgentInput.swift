import Foundation
import ScanCore

/// The body of `POST /agent/register`: what the agent can reach and how much it runs.
struct AgentRegisterInput: APIInput {
    enum Fields: String, CodingKey, CaseIterable {
        case name, capabilities, tools, labels, host, version
        case maxJobs = "max_jobs"
    }

    static let maxJobsLimit = 256

    var name: String
    var capabilities: [String]
    var tools: [String]
    var labels: [String]
    var maxJobs: Int
    var host: String?
    var version: String?

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Fields.self)
        name = try container.decode(String.self, forKey: .name)
        capabilities = try container.decodeIfPresent([String].self, forKey: .capabilities) ?? []
        tools = try container.decodeIfPresent([String].self, forKey: .tools) ?? []
        labels = try container.decodeIfPresent([String].self, forKey: .labels) ?? []
        maxJobs = try container.decodeIfPresent(Int.self, forKey: .maxJobs) ?? 4
        host = try container.decodeIfPresent(String.self, forKey: .host)
        version = try container.decodeIfPresent(String.self, forKey: .version)
    }

    /// The registration of the agent behind `principal`'s token, checked.
    /// - Throws: 422 naming the field at fault.
    func registration(of principal: Principal, at now: Date) throws -> AgentRegistration {
        try NameRule.check(name, field: "name")
        let kinds = Set(SourceKind.allCases.map(\.rawValue))
        for (index, capability) in capabilities.enumerated() where !kinds.contains(capability) {
            let allowed = kinds.sorted().joined(separator: ", ")
            throw APIProblem.invalid("capabilities[\(index)]", "unknown source kind '\(capability)'; use \(allowed)")
        }
        guard (1...Self.maxJobsLimit).contains(maxJobs) else {
            throw APIProblem.invalid("max_jobs", "field 'max_jobs' must be between 1 and \(Self.maxJobsLimit)")
        }
        return AgentRegistration(
            tenantID: principal.tenantID,
            tokenID: principal.tokenID,
            name: name,
            capabilities: Array(Set(capabilities)).sorted(),
            tools: Array(Set(tools)).sorted(),
            labels: try LabelRule.normalize(labels),
            maxJobs: maxJobs,
            host: host,
            version: version,
            at: now
        )
    }
}

/// The body of `POST /agent/heartbeat`: the jobs the agent runs now.
struct AgentHeartbeatInput: APIInput {
    enum Fields: String, CodingKey, CaseIterable {
        case activeJobs = "active_jobs"
    }

    var activeJobs: Int

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Fields.self)
        activeJobs = try container.decodeIfPresent(Int.self, forKey: .activeJobs) ?? 0
        guard activeJobs >= 0 else {
            throw APIProblem.invalid("active_jobs", "field 'active_jobs' must not be negative")
        }
    }
}

/// An agent as the API shows it: its record with its health and free slots now.
struct AgentView: Encodable {
    let agent: AgentRecord
    let now: Date

    enum Keys: String, CodingKey {
        case health
        case freeSlots = "free_slots"
        case heartbeatIntervalSeconds = "heartbeat_interval_seconds"
    }

    /// How often an agent should send a heartbeat; three missed make it offline.
    static let heartbeatInterval = AgentRecord.offlineAfter / 3

    func encode(to encoder: any Encoder) throws {
        try agent.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(agent.health(at: now), forKey: .health)
        try container.encode(agent.freeSlots, forKey: .freeSlots)
        try container.encode(Self.heartbeatInterval, forKey: .heartbeatIntervalSeconds)
    }
}
