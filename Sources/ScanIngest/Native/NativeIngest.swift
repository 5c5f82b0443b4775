/// What a native report holds besides its findings.
public struct NativeIngest: Sendable, Hashable {
    /// The tool and its findings.
    public var run: IngestedRun
    /// What was scanned.
    public var targets: [IngestTarget]
    /// The components found (a software bill of materials), per target.
    public var dependencies: [IngestedDependency]
}

/// A scanned target: a repository, an image, a host.
public struct IngestTarget: Sendable, Hashable {
    /// `repository`, `image`, `host`, … as the tool says.
    public var type: String
    /// Its identity, unique in the report (`github.com/org/repo`).
    public var identifier: String
    /// A name for people.
    public var name: String?
}

/// A component a target depends on.
public struct IngestedDependency: Sendable, Hashable {
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
}
