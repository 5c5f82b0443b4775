public import Foundation

/// One execution of a scan definition.
public struct ScanRun: Sendable, Codable, Hashable {
    /// The stable identifier.
    public var id: Identifier<ScanRun>
    /// The owning tenant.
    public var tenantID: TenantID
    /// The definition it executes.
    public var definitionID: Identifier<ScanDefinition>
    /// Where it is in its life cycle.
    public var status: RunStatus
    /// Whether enumeration has emitted its last page.
    public var enumerationDone: Bool
    /// Whether a cancel was requested (enumeration stops, in-flight jobs drain).
    public var cancelRequested: Bool
    /// Progress and result counts.
    public var counters: RunCounters
    /// Why the run failed, if it did.
    public var error: String?
    /// When the run was requested.
    public var createdAt: Date
    /// When the first job started.
    public var startedAt: Date?
    /// When the run reached a terminal state.
    public var finishedAt: Date?
    /// A scan of the source, or an ingested report.
    public var origin: RunOrigin
    /// The reporting tool of an ingest; `nil` for a scan.
    public var tool: String?
    /// The tool's version, when its report gave one.
    public var toolVersion: String?

    /// Creates a run in the pending state.
    public init(
        id: Identifier<ScanRun> = .random(),
        tenantID: TenantID = Tenant.defaultID,
        definitionID: Identifier<ScanDefinition>,
        status: RunStatus = .pending,
        enumerationDone: Bool = false,
        cancelRequested: Bool = false,
        counters: RunCounters = RunCounters(),
        error: String? = nil,
        createdAt: Date,
        startedAt: Date? = nil,
        finishedAt: Date? = nil,
        origin: RunOrigin = .scan,
        tool: String? = nil,
        toolVersion: String? = nil
    ) {
        self.id = id
        self.tenantID = tenantID
        self.definitionID = definitionID
        self.status = status
        self.enumerationDone = enumerationDone
        self.cancelRequested = cancelRequested
        self.counters = counters
        self.error = error
        self.createdAt = createdAt
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.origin = origin
        self.tool = tool
        self.toolVersion = toolVersion
    }
}
