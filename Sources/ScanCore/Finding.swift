public import Foundation

/// A deduplicated finding: one rule matching one value at one place, tracked across runs.
public struct Finding: Sendable, Codable, Hashable {
    /// The store's sequence number.
    public var id: Int64
    /// The owning tenant.
    public var tenantID: TenantID
    /// The definition whose runs track it.
    public var definitionID: Identifier<ScanDefinition>
    /// What was detected and where; the value itself is never kept.
    public var detection: Detection
    /// Open or fixed.
    public var status: FindingStatus
    /// How the last run that touched it changed it.
    public var lastChange: FindingChange
    /// The run that first saw it.
    public var firstSeenRun: Identifier<ScanRun>
    /// The run that last saw it.
    public var lastSeenRun: Identifier<ScanRun>
    /// When it was first seen.
    public var firstSeenAt: Date
    /// When it was last seen.
    public var lastSeenAt: Date
    /// A person's decision about it, if any.
    public var triage: FindingTriage?

    /// Creates a finding.
    public init(
        id: Int64,
        tenantID: TenantID,
        definitionID: Identifier<ScanDefinition>,
        detection: Detection,
        status: FindingStatus,
        lastChange: FindingChange,
        firstSeenRun: Identifier<ScanRun>,
        lastSeenRun: Identifier<ScanRun>,
        firstSeenAt: Date,
        lastSeenAt: Date,
        triage: FindingTriage? = nil
    ) {
        self.id = id
        self.tenantID = tenantID
        self.definitionID = definitionID
        self.detection = detection
        self.status = status
        self.lastChange = lastChange
        self.firstSeenRun = firstSeenRun
        self.lastSeenRun = lastSeenRun
        self.firstSeenAt = firstSeenAt
        self.lastSeenAt = lastSeenAt
        self.triage = triage
    }
}
