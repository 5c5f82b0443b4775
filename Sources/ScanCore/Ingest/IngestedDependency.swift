/// A component a target depends on.
public struct IngestedDependency: Sendable, Codable, Hashable {
    /// The package's name.
    public var name: String
    /// The version found.
    public var version: String?
    /// `npm`, `pypi`, `maven`, …
    public var ecosystem: String?
    /// The package URL (`pkg:npm/lodash@4.17.21`).
    public var purl: String?
    /// The target's identifier, when the report has targets.
    public var target: String?

    /// Creates a dependency.
    public init(name: String, version: String?, ecosystem: String?, purl: String?, target: String?) {
        self.name = name
        self.version = version
        self.ecosystem = ecosystem
        self.purl = purl
        self.target = target
    }
}
