public import Foundation

/// What a worker needs of the store: a run's setup, the queue, and its own registration.
///
/// The server's workers use a ``ScanStore``; an agent uses the same worker over the API,
/// through a store that sends each call to the server.
public protocol JobStore: Sendable {
    // MARK: A run's setup

    /// The source with `id`, or `nil`.
    func source(_ id: Identifier<DataSource>, tenant: TenantID) async throws -> DataSource?
    /// The definition with `id`, or `nil`.
    func definition(_ id: Identifier<ScanDefinition>, tenant: TenantID) async throws -> ScanDefinition?
    /// The run with `id`, or `nil`.
    func run(_ id: Identifier<ScanRun>, tenant: TenantID) async throws -> ScanRun?

    // MARK: Queue

    /// Leases up to `request.limit` ready jobs (or jobs whose lease expired), highest
    /// priority first, and counts an attempt on each.
    func claimJobs(_ request: ClaimRequest) async throws -> [Job]
    /// Extends the leases the worker holds; returns the ids it still holds.
    func extendLeases(_ jobIDs: [Int64], worker: String, until: Date) async throws -> Set<Int64>
    /// Completes an enumeration job: enqueues a scan job per object and, if there is a next
    /// cursor, the next enumeration job; otherwise marks enumeration done.
    func completeEnumeration(_ job: Job, worker: String, page: EnumerationPage, at: Date) async throws
    /// Completes the enumeration job of a run whose definition runs an external tool: the
    /// tool's reports (one batch per tool) are merged into the definition's findings as part
    /// of this run, as an ingest would, and enumeration ends with no objects, so the run
    /// completes. A cancelled run stores nothing.
    func completeToolRun(_ job: Job, worker: String, reports: [IngestBatch], at: Date) async throws
    /// Completes a scan job and enqueues the finalize job carrying `result`.
    func completeScan(_ job: Job, worker: String, result: ObjectResult, at: Date) async throws
    /// Completes a finalize job: records the object outcome, merges assets and findings,
    /// updates counters and, when `policy` is given, enqueues it.
    func completeFinalize(_ job: Job, worker: String, policy: NewJob?, at: Date) async throws
    /// Completes an act job, appending the audit events policy produced.
    func completeAct(_ job: Job, worker: String, events: [AuditEvent], at: Date) async throws
    /// Ends a leased job of a cancelled run without its result: its worker stopped it at
    /// an object boundary. Jobs still ready were already dropped by the cancel.
    func abandonJob(_ job: Job, worker: String, at: Date) async throws
    /// Records a failed attempt: the job is retried at `retryAt`, or is dead when `retryAt`
    /// is `nil`. A dead enumeration job fails its run.
    func failJob(_ job: Job, worker: String, error: String, retryAt: Date?, at: Date) async throws

    // MARK: Workers

    /// Registers a worker process (or re-registers one with the same id).
    func registerWorker(_ worker: WorkerRecord) async throws
    /// Records that the worker is alive.
    func workerHeartbeat(_ id: String, at: Date) async throws
    /// Marks the worker stopped cleanly.
    func deregisterWorker(_ id: String, at: Date) async throws
}

/// The durable state of ScanLogic: sources, definitions, runs, the job queue, findings,
/// the asset catalog and the audit log.
///
/// Every method is one transaction that preserves the pipeline's invariants, so a crash
/// between two calls loses nothing committed and a redelivered job duplicates nothing.
/// Completion methods take the worker id and fail with `.leaseLost` when another worker
/// has taken the job over.
///
/// ```swift
/// let start = try await store.startRun(definitionID: definition.id, at: clock.now)
/// let jobs = try await store.claimJobs(ClaimRequest(worker: "w1", now: clock.now))
/// ```
public protocol ScanStore: JobStore {
    // MARK: Sources and definitions

    /// Inserts or replaces a source, matched by id.
    /// - Throws: `.duplicate` when another source of the tenant has the same name.
    func save(_ source: DataSource) async throws
    /// The source named `name`, or `nil`.
    func source(named name: String, tenant: TenantID) async throws -> DataSource?
    /// Inserts or replaces a definition, matched by id.
    /// - Throws: `.duplicate` for a name clash, `.notFound` for an unknown source.
    func save(_ definition: ScanDefinition) async throws
    /// The definition named `name`, or `nil`.
    func definition(named name: String, tenant: TenantID) async throws -> ScanDefinition?

    // MARK: Runs

    /// Starts a run of the definition and enqueues its first enumeration job.
    /// - Important: A definition has at most one active run; if one exists it is returned
    ///   with `created == false` and nothing is enqueued.
    func startRun(definitionID: Identifier<ScanDefinition>, tenant: TenantID, at: Date) async throws -> RunStart
    /// The most recent runs, newest first.
    func runs(tenant: TenantID, definitionID: Identifier<ScanDefinition>?, limit: Int) async throws -> [ScanRun]
    /// Requests cancellation: enumeration stops, jobs not yet started are dropped, in-flight
    /// jobs drain, and the run ends as cancelled.
    /// - Throws: `.conflict` when the run has already ended.
    func cancelRun(_ id: Identifier<ScanRun>, tenant: TenantID, at: Date) async throws -> ScanRun
    /// Per-object outcomes of a run, in path order.
    func objectRecords(run: Identifier<ScanRun>, tenant: TenantID) async throws -> [ObjectRecord]

    // MARK: Ingest

    /// Stores other scanners' reports, all in one transaction: each batch becomes one
    /// completed run of its definition (origin `ingest`) whose counters say how many of the
    /// scope's findings are new, unchanged, reopened and fixed.
    ///
    /// The scope's open findings that a batch does not report are fixed; triaged findings
    /// reported again keep their decision and are counted unchanged, never reopened.
    /// - Throws: `.notFound` for a definition not in the tenant.
    func ingest(_ batches: [IngestBatch]) async throws -> [ScanRun]

    // MARK: Queue administration

    /// Hands the leases of every other worker back to the queue, for a single-process store
    /// that knows no other worker is alive. Returns how many were released.
    func releaseLeases(exceptWorker worker: String) async throws -> Int
    /// Hands the leases `worker` still holds back to the queue, for a worker that stops
    /// before its jobs finish; other workers can claim them at once instead of waiting for
    /// the leases to expire. Returns how many were released.
    func releaseLeases(heldBy worker: String) async throws -> Int
    /// Marks leased jobs done that spawn nothing, all in one transaction: the cheapest way
    /// through the queue, used for steps with no result (and by the queue benchmark).
    /// Returns the ids completed; jobs the worker no longer holds are left alone.
    func acknowledge(_ jobs: [Job], worker: String, at: Date) async throws -> Set<Int64>
    /// The registered workers with the jobs each holds, most recently started first.
    func workers() async throws -> [WorkerRecord]

    // MARK: Results

    /// Findings matching `query`, ordered by id.
    func findings(_ query: FindingQuery) async throws -> [Finding]
    /// The catalog of a source, in path order.
    func assets(source: Identifier<DataSource>, tenant: TenantID) async throws -> [Asset]
    /// Appends an audit event.
    func appendAudit(_ event: AuditEvent) async throws
    /// The latest audit events, newest first.
    func auditEvents(tenant: TenantID, limit: Int) async throws -> [AuditEvent]
}
