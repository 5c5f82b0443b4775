/// The kind of a catalog entry; assets form trees (source → schema → table → column,
/// directory → file).
public enum AssetKind: String, Sendable, Codable, CaseIterable {
    case source
    case directory
    case file
    case schema
    case table
    case column
}
