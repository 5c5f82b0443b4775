import Testing

/// Texts one built-in classifier must find, and look-alikes it must not.
///
/// For column-name-only classifiers the strings are column names instead of texts.
struct ClassifierSamples: Sendable, CustomTestStringConvertible {
    var id: String
    var matches: [String]
    var misses: [String]

    init(_ id: String, matches: [String], misses: [String]) {
        self.id = id
        self.matches = matches
        self.misses = misses
    }

    var testDescription: String { id }

    /// Every sample table, one entry per built-in classifier.
    static let all: [ClassifierSamples] = pii + nationalIDs + financial + health + network + secrets + saasSecrets
}
