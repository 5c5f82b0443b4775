public import Foundation

/// A worker process as the registry knows it: who it is, what it takes on, and whether
/// it is alive (its last heartbeat).
public struct WorkerRecord: Sendable, Codable, Hashable {
    /// The lease owner name, unique per process.
    public var id: String
    /// The machine it runs on.
    public var host: String
    /// Its process id on that machine.
    public var pid: Int
    /// The job kinds it performs.
    public var kinds: Set<JobKind>
    /// The sources (names or ids) it is limited to; empty for every source.
    public var sources: Set<String>
    /// The source labels it is limited to; empty for any.
    public var labels: Set<String>
    /// Jobs it runs at once.
    public var concurrency: Int
    /// When it registered.
    public var startedAt: Date
    /// Its last heartbeat.
    public var lastHeartbeatAt: Date
    /// When it stopped cleanly; `nil` while running or after a crash.
    public var stoppedAt: Date?
    /// The jobs it holds leases on now (filled in by listings).
    public var jobsHeld: Int

    /// Creates a record.
    public init(
        id: String,
        host: String,
        pid: Int,
        kinds: Set<JobKind> = Set(JobKind.allCases),
        sources: Set<String> = [],
        labels: Set<String> = [],
        concurrency: Int,
        startedAt: Date,
        lastHeartbeatAt: Date? = nil,
        stoppedAt: Date? = nil,
        jobsHeld: Int = 0
    ) {
        self.id = id
        self.host = host
        self.pid = pid
        self.kinds = kinds
        self.sources = sources
        self.labels = labels
        self.concurrency = concurrency
        self.startedAt = startedAt
        self.lastHeartbeatAt = lastHeartbeatAt ?? startedAt
        self.stoppedAt = stoppedAt
        self.jobsHeld = jobsHeld
    }

    /// The role as stored: kinds, sources and labels.
    public struct Role: Codable, Hashable, Sendable {
        public var kinds: [JobKind]
        public var sources: [String]
        public var labels: [String]

        public init(kinds: [JobKind], sources: [String], labels: [String]) {
            self.kinds = kinds
            self.sources = sources
            self.labels = labels
        }
    }

    /// The role in a stable order, for storage.
    public var role: Role {
        Role(
            kinds: JobKind.allCases.filter(kinds.contains),
            sources: sources.sorted(),
            labels: labels.sorted()
        )
    }

    /// Whether it missed heartbeats for longer than `grace` seconds at `now`.
    public func isStale(at now: Date, grace: Double) -> Bool {
        stoppedAt == nil && now.timeIntervalSince(lastHeartbeatAt) > grace
    }
}
