/// A job to enqueue; the store assigns its id, state and timestamps.
public struct NewJob: Sendable, Hashable {
    /// The pipeline step.
    public var kind: JobKind
    /// Unique per tenant; enqueueing an existing key does nothing.
    public var idempotencyKey: String
    /// Higher is claimed first.
    public var priority: Int
    /// The claim after which a failure is final.
    public var maxAttempts: Int
    /// The step's input.
    public var payload: JobPayload

    /// Creates a job request.
    public init(kind: JobKind, idempotencyKey: String, priority: Int = 0, maxAttempts: Int = 5, payload: JobPayload) {
        self.kind = kind
        self.idempotencyKey = idempotencyKey
        self.priority = priority
        self.maxAttempts = maxAttempts
        self.payload = payload
    }
}
