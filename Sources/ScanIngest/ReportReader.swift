public import Foundation
public import ScanCore

/// Reads SARIF and native reports into batches ready for the store, without storing them:
/// the part of an ingest that needs no database, which an agent or a tool scan runs.
public struct ReportReader: Sendable {
    /// Keys the snippet and content hashes.
    public let hasher: ValueHasher
    /// The size and result limits.
    public var limits: IngestLimits

    /// Creates a reader.
    public init(hasher: ValueHasher, limits: IngestLimits = IngestLimits()) {
        self.hasher = hasher
        self.limits = limits
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
