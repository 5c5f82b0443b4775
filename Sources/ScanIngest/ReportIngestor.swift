public import Foundation
public import ScanCore

/// Where an ingested report's findings belong: a definition, and for an asset-bound
/// ingest the asset's path, which limits what the report can fix.
public struct IngestDestination: Sendable, Hashable {
    /// The owning tenant.
    public var tenantID: TenantID
    /// The definition whose findings the report updates.
    public var definitionID: Identifier<ScanDefinition>
    /// The asset the report covers; `nil` for the whole definition.
    public var assetPath: String?

    /// Creates a destination.
    public init(tenantID: TenantID, definitionID: Identifier<ScanDefinition>, assetPath: String? = nil) {
        self.tenantID = tenantID
        self.definitionID = definitionID
        self.assetPath = assetPath
    }
}

/// Reads a report and stores it: one run per tool, all in one transaction.
///
/// The API, agents and external-tool scans all come through here, so a report is read,
/// bounded and deduplicated the same way whoever sends it.
public struct ReportIngestor: Sendable {
    /// Where the runs and findings go.
    public let store: any ScanStore
    /// Keys the snippet and content hashes.
    public let hasher: ValueHasher
    /// The size and result limits.
    public var limits: IngestLimits

    /// Creates an ingestor.
    public init(store: any ScanStore, hasher: ValueHasher, limits: IngestLimits = IngestLimits()) {
        self.store = store
        self.hasher = hasher
        self.limits = limits
    }

    /// Stores a SARIF 2.1.0 log: the runs of one tool are one report of that tool.
    /// - Throws: `.tooLarge` over the limits, `.invalidInput` naming the bad member,
    ///   `.notFound` for a definition not in the tenant.
    public func ingestSARIF(
        _ data: Data,
        into destination: IngestDestination,
        root: String? = nil,
        at now: Date
    ) async throws -> [ScanRun] {
        try await store.ingest(batches(data, format: .sarif, into: destination, root: root, at: now))
    }

    /// Stores a native report (version 1) with its dependencies.
    /// - Throws: as ``ingestSARIF(_:into:root:at:)``.
    public func ingestNative(
        _ data: Data,
        into destination: IngestDestination,
        root: String? = nil,
        at now: Date
    ) async throws -> [ScanRun] {
        try await store.ingest(batches(data, format: .native, into: destination, root: root, at: now))
    }

    /// Reads a report into one batch per tool, without storing it.
    /// - Throws: `.tooLarge` over the limits, `.invalidInput` naming the bad member.
    public func batches(
        _ data: Data,
        format: ToolCommand.Format,
        into destination: IngestDestination,
        root: String? = nil,
        at now: Date
    ) throws -> [IngestBatch] {
        let settings = settings(destination, root: root)
        switch format {
        case .sarif:
            return try Self.byTool(try SARIFImporter(settings: settings).runs(from: data)).map { run in
                IngestBatch(
                    scope: try scope(destination, tool: run.tool),
                    toolVersion: run.toolVersion,
                    findings: run.findings,
                    at: now
                )
            }
        case .native:
            let report = try NativeImporter(settings: settings).report(from: data)
            let batch = IngestBatch(
                scope: try scope(destination, tool: report.run.tool),
                toolVersion: report.run.toolVersion,
                findings: report.run.findings,
                dependencies: report.dependencies,
                at: now
            )
            return [batch]
        }
    }

    private func settings(_ destination: IngestDestination, root: String?) -> IngestSettings {
        IngestSettings(hasher: hasher, limits: limits, root: root, assetPath: destination.assetPath)
    }

    private func scope(_ destination: IngestDestination, tool: String) throws -> IngestScope {
        // ScanLogic's own findings carry this tool name; a report under it would fix them.
        guard tool.lowercased() != Finding.scanLogicTool else {
            throw ScanError(
                .invalidInput,
                "tool name '\(tool)' is reserved for ScanLogic's own findings; name the reporting tool"
            )
        }
        return IngestScope(
            tenantID: destination.tenantID,
            definitionID: destination.definitionID,
            tool: tool,
            pathPrefix: destination.assetPath
        )
    }

    /// Several runs of one tool (one per language, say) are one report of that tool, in
    /// the order the tools first appear.
    static func byTool(_ runs: [IngestedRun]) -> [IngestedRun] {
        var merged: [IngestedRun] = []
        var index: [String: Int] = [:]
        for run in runs {
            if let at = index[run.tool] {
                merged[at].findings += run.findings
            } else {
                index[run.tool] = merged.count
                merged.append(run)
            }
        }
        return merged
    }
}
