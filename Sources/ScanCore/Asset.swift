public import Foundation

/// A catalog entry: something a scan saw, with its classifications.
public struct Asset: Sendable, Codable, Hashable {
    /// The source it belongs to.
    public var sourceID: Identifier<DataSource>
    /// Its path inside the source.
    public var path: String
    /// The parent's path.
    public var parentPath: String?
    /// What it is.
    public var kind: AssetKind
    /// Size in bytes or rows, when known.
    public var size: Int64?
    /// Declared type, for columns.
    public var dataType: String?
    /// Classifications from the latest scan that covered it.
    public var classifications: [Classification]
    /// The run that first saw it.
    public var firstSeenRun: Identifier<ScanRun>
    /// The run that last saw it.
    public var lastSeenRun: Identifier<ScanRun>
    /// When it was first seen.
    public var firstSeenAt: Date
    /// When it was last seen.
    public var lastSeenAt: Date
    /// The outcome of its latest scan, for objects.
    public var lastOutcome: String?

    /// Creates an asset.
    public init(
        sourceID: Identifier<DataSource>,
        path: String,
        parentPath: String?,
        kind: AssetKind,
        size: Int64?,
        dataType: String?,
        classifications: [Classification],
        firstSeenRun: Identifier<ScanRun>,
        lastSeenRun: Identifier<ScanRun>,
        firstSeenAt: Date,
        lastSeenAt: Date,
        lastOutcome: String?
    ) {
        self.sourceID = sourceID
        self.path = path
        self.parentPath = parentPath
        self.kind = kind
        self.size = size
        self.dataType = dataType
        self.classifications = classifications
        self.firstSeenRun = firstSeenRun
        self.lastSeenRun = lastSeenRun
        self.firstSeenAt = firstSeenAt
        self.lastSeenAt = lastSeenAt
        self.lastOutcome = lastOutcome
    }
}
