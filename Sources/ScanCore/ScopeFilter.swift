/// Which objects of a source a scan covers: glob patterns matched against object paths.
///
/// Paths are `/`-separated: a file's path relative to the root, or `schema/table/column`
/// for databases. An empty include list means everything.
public struct ScopeFilter: Sendable, Codable, Hashable {
    /// Globs an object must match (any of them); empty means all.
    public var include: [String]
    /// Globs that remove an object even if it is included.
    public var exclude: [String]

    /// Creates a filter.
    public init(include: [String] = [], exclude: [String] = []) {
        self.include = include
        self.exclude = exclude
    }

    /// Whether `path` is inside the scope.
    public func contains(_ path: String) -> Bool {
        if exclude.contains(where: { Glob($0).matches(path) }) { return false }
        return include.isEmpty || include.contains(where: { Glob($0).matches(path) })
    }
}
