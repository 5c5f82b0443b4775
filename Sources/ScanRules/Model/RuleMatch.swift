/// One confirmed match in a scanned buffer.
///
/// The value is not copied: it is `buffer[valueStart..<valueEnd]` of the buffer that was
/// scanned, and the caller hashes and redacts it before anything is stored.
public struct RuleMatch: Sendable, Hashable {
    /// The index of the classifier in the engine's classifier list.
    public var classifierIndex: Int
    /// The classifier's id.
    public var ruleID: String
    /// Where the value starts in the buffer.
    public var valueStart: Int
    /// Where the value ends (exclusive).
    public var valueEnd: Int
    /// Between 0 and 1: base confidence, raised by context keywords.
    public var confidence: Double

    /// Creates a match.
    public init(classifierIndex: Int, ruleID: String, valueStart: Int, valueEnd: Int, confidence: Double) {
        self.classifierIndex = classifierIndex
        self.ruleID = ruleID
        self.valueStart = valueStart
        self.valueEnd = valueEnd
        self.confidence = confidence
    }
}
