import ScanCore

/// Which classifiers a rule set uses: globs over classifier ids (`financial.*`) or
/// categories (`category:pii`; `category:secret` is an alias of `category:credential`).
public struct ClassifierSelection: Sendable, Hashable {
    /// Patterns a classifier must match (any); empty means every classifier.
    public var include: [String]
    /// Patterns that remove a classifier even if it is included.
    public var exclude: [String]

    /// Creates a selection; by default every classifier.
    public init(include: [String] = [], exclude: [String] = []) {
        self.include = include
        self.exclude = exclude
    }

    /// Whether `classifier` is selected.
    public func selects(_ classifier: Classifier) -> Bool {
        if exclude.contains(where: { Self.pattern($0, matches: classifier) }) { return false }
        return include.isEmpty || include.contains { Self.pattern($0, matches: classifier) }
    }

    /// Whether one include/exclude pattern matches `classifier`.
    static func pattern(_ pattern: String, matches classifier: Classifier) -> Bool {
        let categoryPrefix = "category:"
        guard pattern.hasPrefix(categoryPrefix) else { return Glob(pattern).matches(classifier.id) }
        let name = pattern.dropFirst(categoryPrefix.count).lowercased()
        let category = name == "secret" ? RuleCategory.credential.rawValue : name
        return Glob(category).matches(classifier.category.rawValue)
    }
}
