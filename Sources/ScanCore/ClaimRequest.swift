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

    /// Creates a request.
    public init(
        worker: String,
        kinds: Set<JobKind> = Set(JobKind.allCases),
        limit: Int = 16,
        now: Date,
        leaseDuration: Double = 30,
        sources: Set<String> = [],
        labels: Set<String> = []
    ) {
        self.worker = worker
        self.kinds = kinds
        self.limit = limit
        self.now = now
        self.leaseDuration = leaseDuration
        self.sources = sources
        self.labels = labels
    }
}
