public import ScanCore

/// What a native report holds besides its findings.
public struct NativeIngest: Sendable, Hashable {
    /// The tool and its findings.
    public var run: IngestedRun
    /// What was scanned.
    public var targets: [IngestTarget]
    /// The components found (a software bill of materials), per target; `nil` when the
    /// report has no `dependencies` member, which leaves the stored list as it was.
    public var dependencies: [IngestedDependency]?
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
