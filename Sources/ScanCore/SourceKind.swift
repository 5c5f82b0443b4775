/// The kind of system a data source points at; each kind has one connector.
public enum SourceKind: String, Sendable, Codable, CaseIterable {
    /// A directory tree on a local or mounted file system.
    case filesystem
    /// A SQLite database file, opened read-only.
    case sqlite
    /// A PostgreSQL database reached over the network.
    case postgres
}
