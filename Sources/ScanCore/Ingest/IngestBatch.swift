public import Foundation

/// Which findings an ingest owns: those of one tool in one definition, optionally only
/// under one asset's path.
///
/// A finding of the scope that the ingest does not report is fixed; findings of other
/// tools, of ScanLogic's own scans and of other assets are left alone.
public struct IngestScope: Sendable, Codable, Hashable {
    /// The owning tenant.
    public var tenantID: TenantID
    /// The definition whose findings the ingest updates.
    public var definitionID: Identifier<ScanDefinition>
    /// The reporting tool (SARIF `tool.driver.name`).
    public var tool: String
    /// The asset path an asset-bound ingest is limited to; `nil` for the whole definition.
    public var pathPrefix: String?

    /// Creates a scope.
    public init(
        tenantID: TenantID = Tenant.defaultID,
        definitionID: Identifier<ScanDefinition>,
        tool: String,
        pathPrefix: String? = nil
    ) {
        self.tenantID = tenantID
        self.definitionID = definitionID
        self.tool = tool
        self.pathPrefix = pathPrefix
    }

    /// Whether a finding at `path` belongs to the scope's asset.
    public func covers(path: String) -> Bool {
        guard let prefix = pathPrefix, !prefix.isEmpty else { return true }
        return path == prefix || path.hasPrefix(prefix + "/")
    }
}

/// One tool's complete report for a scope, stored as one completed run of the definition.
public struct IngestBatch: Sendable, Codable, Hashable {
    /// The findings the report owns.
    public var scope: IngestScope
    /// The tool's version, when the report gives it.
    public var toolVersion: String?
    /// Every finding of the report; one per fingerprint.
    public var findings: [IngestedFinding]
    /// The components found, replacing those the scope held; `nil` when the report does not
    /// list components (SARIF), which leaves them as they were.
    public var dependencies: [IngestedDependency]?
    /// When the report was received.
    public var at: Date

    /// Creates a batch.
    public init(
        scope: IngestScope,
        toolVersion: String? = nil,
        findings: [IngestedFinding],
        dependencies: [IngestedDependency]? = nil,
        at: Date
    ) {
        self.scope = scope
        self.toolVersion = toolVersion
        self.findings = findings
        self.dependencies = dependencies
        self.at = at
    }

    /// The findings with repeated fingerprints dropped, first kept: a tool that reports the
    /// same finding twice still has one.
    public var uniqueFindings: [IngestedFinding] {
        var seen = Set<String>()
        return findings.filter { seen.insert($0.fingerprint).inserted }
    }
}

/// What a store knows of a fingerprint, for `POST /api/v1/ingest/check`.
public struct KnownFinding: Sendable, Hashable, Codable {
    /// The fingerprint asked about.
    public var fingerprint: String
    /// The finding's id.
    public var id: Int64
    /// Open or fixed.
    public var status: FindingStatus
    /// The triage decision, if any.
    public var triage: TriageState?

    /// Creates a record.
    public init(fingerprint: String, id: Int64, status: FindingStatus, triage: TriageState?) {
        self.fingerprint = fingerprint
        self.id = id
        self.status = status
        self.triage = triage
    }
}
