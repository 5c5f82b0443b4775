internal import ScanCore

/// One column-name glob of a classifier, such as `*email*`.
struct ColumnNameSignal: Sendable {
    /// The glob as written in the classifier, for explanations.
    let pattern: String
    private let glob: Glob

    /// Prepares `pattern`; matching is case-insensitive because both sides are lower-cased.
    init(_ pattern: String) {
        self.pattern = pattern
        self.glob = Glob(pattern.lowercased())
    }

    /// Whether a column named `name` matches.
    func matches(_ name: String) -> Bool {
        glob.matches(name.lowercased())
    }
}
