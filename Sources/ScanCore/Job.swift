public import Foundation

/// The envelope of one unit of pipeline work, as stored in the queue.
public struct Job: Sendable, Codable, Hashable {
    /// The queue's sequence number.
    public var id: Int64
    /// The owning tenant.
    public var tenantID: TenantID
    /// The run it belongs to.
    public var runID: Identifier<ScanRun>
    /// The pipeline step.
    public var kind: JobKind
    /// The job that spawned it, if any.
    public var parentID: Int64?
    /// Unique per tenant; a second enqueue with the same key is ignored.
    public var idempotencyKey: String
    /// Higher is claimed first.
    public var priority: Int
    /// Queue state.
    public var state: JobState
    /// How many times it was claimed.
    public var attempts: Int
    /// The claim after which a failure is final.
    public var maxAttempts: Int
    /// It is not claimed before this time.
    public var runAfter: Date
    /// The worker holding the lease.
    public var leaseOwner: String?
    /// When the lease ends; an expired lease can be claimed by another worker.
    public var leaseExpiresAt: Date?
    /// The message of the last failure.
    public var lastError: String?
    /// The step's input.
    public var payload: JobPayload

    /// Creates a job envelope.
    public init(
        id: Int64,
        tenantID: TenantID,
        runID: Identifier<ScanRun>,
        kind: JobKind,
        parentID: Int64?,
        idempotencyKey: String,
        priority: Int,
        state: JobState,
        attempts: Int,
        maxAttempts: Int,
        runAfter: Date,
        leaseOwner: String?,
        leaseExpiresAt: Date?,
        lastError: String?,
        payload: JobPayload
    ) {
        self.id = id
        self.tenantID = tenantID
        self.runID = runID
        self.kind = kind
        self.parentID = parentID
        self.idempotencyKey = idempotencyKey
        self.priority = priority
        self.state = state
        self.attempts = attempts
        self.maxAttempts = maxAttempts
        self.runAfter = runAfter
        self.leaseOwner = leaseOwner
        self.leaseExpiresAt = leaseExpiresAt
        self.lastError = lastError
        self.payload = payload
    }
}
