public import Foundation

/// Whether an agent may take work.
public enum AgentStatus: String, Sendable, Codable, CaseIterable {
    /// Registered and allowed to run jobs.
    case active
    /// Kept registered but given no work until enabled again.
    case disabled
    /// Its token is revoked; it can no longer connect.
    case revoked
}

/// How an agent is doing, from its heartbeats.
public enum AgentHealth: String, Sendable, Codable, CaseIterable {
    /// A heartbeat arrived within the last ``AgentRecord/offlineAfter`` seconds.
    case online
    /// Its heartbeats stopped.
    case offline
    /// It registered but never sent a heartbeat.
    case unknown
}

/// What an agent says about itself when it registers (and again when it restarts).
public struct AgentRegistration: Sendable, Hashable {
    /// The owning tenant (its token's).
    public var tenantID: TenantID
    /// The agent token it connects with; one agent per token.
    public var tokenID: Identifier<APIToken>
    /// A name unique in the tenant.
    public var name: String
    /// The source kinds it can reach with its own connectors (`filesystem`, `sqlite`, …).
    public var capabilities: [String]
    /// The external tools installed where it runs (`bandit`, `semgrep`, …).
    public var tools: [String]
    /// Labels a source's labels must all be among for it to run that source's jobs.
    public var labels: [String]
    /// The most jobs it runs at once.
    public var maxJobs: Int
    /// Where it runs, for people.
    public var host: String?
    /// Its ScanLogic version.
    public var version: String?
    /// When it registered.
    public var at: Date

    /// Creates a registration.
    public init(
        tenantID: TenantID,
        tokenID: Identifier<APIToken>,
        name: String,
        capabilities: [String],
        tools: [String] = [],
        labels: [String] = [],
        maxJobs: Int,
        host: String? = nil,
        version: String? = nil,
        at: Date
    ) {
        self.tenantID = tenantID
        self.tokenID = tokenID
        self.name = name
        self.capabilities = capabilities
        self.tools = tools
        self.labels = labels
        self.maxJobs = maxJobs
        self.host = host
        self.version = version
        self.at = at
    }
}

/// A registered agent: a process near the data that runs scan jobs with its own
/// connectors and sends the results to the server.
public struct AgentRecord: Sendable, Codable, Hashable {
    /// Seconds without a heartbeat after which an agent is offline (three missed beats of
    /// the default ten-second interval).
    public static let offlineAfter: Double = 30

    /// The stable identifier.
    public var id: Identifier<AgentRecord>
    /// The owning tenant.
    public var tenantID: TenantID
    /// A name unique in the tenant.
    public var name: String
    /// The token it connects with.
    public var tokenID: Identifier<APIToken>
    /// Whether it may take work.
    public var status: AgentStatus
    /// The source kinds it can reach.
    public var capabilities: [String]
    /// The external tools it has.
    public var tools: [String]
    /// Its labels.
    public var labels: [String]
    /// The most jobs it runs at once.
    public var maxJobs: Int
    /// The jobs it said it was running at its last heartbeat.
    public var activeJobs: Int
    /// Where it runs.
    public var host: String?
    /// Its version.
    public var version: String?
    /// When it first registered.
    public var registeredAt: Date
    /// Its last heartbeat, if any.
    public var lastHeartbeatAt: Date?

    /// Creates a record.
    public init(
        id: Identifier<AgentRecord> = .random(),
        tenantID: TenantID,
        name: String,
        tokenID: Identifier<APIToken>,
        status: AgentStatus = .active,
        capabilities: [String],
        tools: [String],
        labels: [String],
        maxJobs: Int,
        activeJobs: Int = 0,
        host: String? = nil,
        version: String? = nil,
        registeredAt: Date,
        lastHeartbeatAt: Date? = nil
    ) {
        self.id = id
        self.tenantID = tenantID
        self.name = name
        self.tokenID = tokenID
        self.status = status
        self.capabilities = capabilities
        self.tools = tools
        self.labels = labels
        self.maxJobs = maxJobs
        self.activeJobs = activeJobs
        self.host = host
        self.version = version
        self.registeredAt = registeredAt
        self.lastHeartbeatAt = lastHeartbeatAt
    }

    /// Its health at `now`.
    public func health(at now: Date) -> AgentHealth {
        guard let last = lastHeartbeatAt else { return .unknown }
        return now.timeIntervalSince(last) <= Self.offlineAfter ? .online : .offline
    }

    /// The jobs it could still take.
    public var freeSlots: Int { max(maxJobs - activeJobs, 0) }

    /// The lease owner its jobs carry in the queue.
    public var workerName: String { "agent:" + id.rawValue }
}
