/// The result of scanning one object, handed from the scan step to the finalize step.
public struct ObjectResult: Sendable, Codable, Hashable {
    /// The object scanned.
    public var object: ObjectRef
    /// The canonical outcome.
    public var outcome: ObjectOutcome
    /// Bytes read.
    public var bytesRead: Int64
    /// Catalog entries seen: the object itself and, for tables, its columns.
    public var assets: [AssetObservation]
    /// Rule matches, hashed and redacted.
    public var detections: [Detection]

    /// Creates a result.
    public init(
        object: ObjectRef,
        outcome: ObjectOutcome,
        bytesRead: Int64 = 0,
        assets: [AssetObservation] = [],
        detections: [Detection] = []
    ) {
        self.object = object
        self.outcome = outcome
        self.bytesRead = bytesRead
        self.assets = assets
        self.detections = detections
    }
}

/// One catalog entry observed by a scan.
public struct AssetObservation: Sendable, Codable, Hashable {
    /// The asset's path inside its source.
    public var path: String
    /// The parent's path, `nil` at the top.
    public var parentPath: String?
    /// What it is.
    public var kind: AssetKind
    /// Size in bytes or rows, when known.
    public var size: Int64?
    /// The declared type for columns.
    public var dataType: String?
    /// Classifications with confidence.
    public var classifications: [Classification]

    /// Creates an observation.
    public init(
        path: String,
        parentPath: String?,
        kind: AssetKind,
        size: Int64? = nil,
        dataType: String? = nil,
        classifications: [Classification] = []
    ) {
        self.path = path
        self.parentPath = parentPath
        self.kind = kind
        self.size = size
        self.dataType = dataType
        self.classifications = classifications
    }
}
