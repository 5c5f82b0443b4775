public import Foundation

/// A component an ingested report listed, as the store keeps it: the latest report of its
/// tool for its definition and target replaces the previous list.
public struct DependencyRecord: Sendable, Codable, Hashable {
    /// The reporting tool.
    public var tool: String
    /// The target's identifier, or the asset path of an asset-bound ingest; empty for none.
    public var target: String
    /// The component as reported.
    public var dependency: IngestedDependency
    /// The ingest run that reported it.
    public var runID: Identifier<ScanRun>
    /// When it was reported.
    public var seenAt: Date

    /// Creates a record.
    public init(
        tool: String,
        target: String,
        dependency: IngestedDependency,
        runID: Identifier<ScanRun>,
        seenAt: Date
    ) {
        self.tool = tool
        self.target = target
        self.dependency = dependency
        self.runID = runID
        self.seenAt = seenAt
    }
}
