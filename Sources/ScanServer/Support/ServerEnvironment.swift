public import Foundation
public import Logging
public import ScanCore
public import ScanIngest

/// Everything the API's handlers need, injected by the composition root.
///
/// Connectors are reached only through ``testSource`` so this module does not depend on
/// them; the clock is injected so tests control time.
public struct ServerEnvironment: Sendable {
    /// Checks that a source is reachable with its configured credential.
    public typealias SourceTester = @Sendable (DataSource) async -> SourceHealth

    /// The store.
    public var store: any ControlPlaneStore
    /// The clock.
    public var now: @Sendable () -> Date
    /// The metrics `/metrics` renders.
    public var metrics: ServerMetrics
    /// The connection check behind `POST /sources/{id}/test`.
    public var testSource: SourceTester
    /// How often live event streams look for new events.
    public var eventPollInterval: Duration
    /// Whether the process is ready to serve (`/readyz`); false while draining.
    public var isReady: @Sendable () -> Bool
    /// The logger.
    public var logger: Logger
    /// Keys the hashes of ingested code (the installation's hash key); without it the
    /// ingest endpoints answer 503.
    public var hasher: ValueHasher?
    /// The size and result limits of ingested reports.
    public var ingestLimits: IngestLimits

    /// Creates an environment.
    public init(
        store: any ControlPlaneStore,
        now: @escaping @Sendable () -> Date = { Date() },
        metrics: ServerMetrics = ServerMetrics(),
        testSource: @escaping SourceTester,
        eventPollInterval: Duration = .milliseconds(250),
        isReady: @escaping @Sendable () -> Bool = { true },
        logger: Logger,
        hasher: ValueHasher? = nil,
        ingestLimits: IngestLimits = IngestLimits()
    ) {
        self.store = store
        self.now = now
        self.metrics = metrics
        self.testSource = testSource
        self.eventPollInterval = eventPollInterval
        self.isReady = isReady
        self.logger = logger
        self.hasher = hasher
        self.ingestLimits = ingestLimits
    }
}

/// The result of a connection check.
public struct SourceHealth: Sendable, Codable, Hashable {
    /// Whether the source answered.
    public var ok: Bool
    /// What failed, in words safe to show (never a credential).
    public var error: String?
    /// The error code (`connectionFailed`, `permissionDenied`, `timeout`...).
    public var code: String?
    /// How long the check took, in milliseconds.
    public var latencyMs: Int
    /// When it was checked.
    public var checkedAt: Date

    /// Creates a result.
    public init(ok: Bool, error: String? = nil, code: String? = nil, latencyMs: Int, checkedAt: Date) {
        self.ok = ok
        self.error = error
        self.code = code
        self.latencyMs = latencyMs
        self.checkedAt = checkedAt
    }
}
