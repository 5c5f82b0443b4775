public import ScanCore

/// The verdict of one classifier on one sampled column.
public struct ColumnVerdict: Sendable, Hashable {
    /// The column name.
    public var column: String
    /// The rule, its category, confidence and a short explanation of the signals.
    public var classification: Classification
    /// How many non-null sampled values matched.
    public var matchedValues: Int
    /// How many non-null values were sampled.
    public var sampledValues: Int
    /// The indices, in the column's `values`, of the matching values, ascending.
    public var sampleMatches: [Int]

    /// Creates a verdict.
    public init(
        column: String,
        classification: Classification,
        matchedValues: Int,
        sampledValues: Int,
        sampleMatches: [Int]
    ) {
        self.column = column
        self.classification = classification
        self.matchedValues = matchedValues
        self.sampledValues = sampledValues
        self.sampleMatches = sampleMatches
    }
}
