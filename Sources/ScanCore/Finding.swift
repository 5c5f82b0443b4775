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
    /// The tool that reports it: ``Finding/scanLogicTool`` for ScanLogic's own scans.
    public var tool: String
    /// The reporting tool's message (masked); `nil` for ScanLogic's own findings.
    public var message: String?
    /// The last line of the flagged region, when the tool gives one.
    public var endLine: Int?
    /// The reporting tool's tags (`external/cwe/cwe-78`); empty for ScanLogic's own findings.
    public var tags: [String]

    /// The ``tool`` of findings from ScanLogic's own scans.
    public static let scanLogicTool = "scanlogic"

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
        triage: FindingTriage? = nil,
        tool: String = Finding.scanLogicTool,
        message: String? = nil,
        endLine: Int? = nil,
        tags: [String] = []
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
        self.tool = tool
        self.message = message
        self.endLine = endLine
        self.tags = tags
    }
}
