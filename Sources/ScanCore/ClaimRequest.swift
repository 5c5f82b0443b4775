public import Foundation

/// What a worker asks the queue for.
public struct ClaimRequest: Sendable, Hashable {
    /// The worker's identity, recorded as lease owner.
    public var worker: String
    /// The job kinds this worker performs.
    public var kinds: Set<JobKind>
    /// The most jobs to hand out at once.
    public var limit: Int
    /// The current time.
    public var now: Date
    /// How long the lease lasts, in seconds; the worker extends it while it works.
    public var leaseDuration: Double
    /// Only jobs of these sources (names or ids); empty for every source.
    public var sources: Set<String>
    /// Only jobs of sources carrying one of these labels; empty for any.
    public var labels: Set<String>
    /// `nil` for a server worker, which never gets the enumerations and scans of sources
    /// placed on agents; otherwise only those, within the scope.
    public var agent: AgentClaimScope?
    /// Only jobs that became ready before this time; `nil` for every ready job. The server
    /// uses it to find agent-placed jobs no agent took in time.
    public var readyBefore: Date?

    /// Creates a request.
    public init(
        worker: String,
        kinds: Set<JobKind> = Set(JobKind.allCases),
        limit: Int = 16,
        now: Date,
        leaseDuration: Double = 30,
        sources: Set<String> = [],
        labels: Set<String> = [],
        agent: AgentClaimScope? = nil,
        readyBefore: Date? = nil
    ) {
        self.worker = worker
        self.kinds = kinds
        self.limit = limit
        self.now = now
        self.leaseDuration = leaseDuration
        self.sources = sources
        self.labels = labels
        self.agent = agent
        self.readyBefore = readyBefore
    }
}
