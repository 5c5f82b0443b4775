/// One expression handed to ``VectorscanDatabase``, with the classifier it belongs to.
struct VectorscanPattern: Sendable, Hashable {
    /// The expression in the Vectorscan (PCRE subset) dialect.
    var expression: String
    /// Whether letters match regardless of case.
    var caseInsensitive: Bool
    /// The id of the classifier that owns the expression, named in compile errors.
    var owner: String
}
