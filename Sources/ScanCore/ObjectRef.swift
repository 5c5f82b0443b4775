public import Foundation

/// One object found by enumeration: the unit of a scan job.
public struct ObjectRef: Sendable, Codable, Hashable {
    /// The object's identity inside its source: a path relative to the root for files,
    /// `schema/table` for database tables. Always `/`-separated.
    public var path: String
    /// What it is.
    public var kind: AssetKind
    /// Size in bytes (files) or estimated row count (tables), when known.
    public var size: Int64?
    /// Last modification time, when the source tells it.
    public var modifiedAt: Date?

    /// Creates a reference.
    public init(path: String, kind: AssetKind, size: Int64? = nil, modifiedAt: Date? = nil) {
        self.path = path
        self.kind = kind
        self.size = size
        self.modifiedAt = modifiedAt
    }
}
