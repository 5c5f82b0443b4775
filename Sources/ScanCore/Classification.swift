/// A rule's verdict on an asset (typically a database column): it holds data of this kind.
public struct Classification: Sendable, Codable, Hashable {
    /// The rule that classified it.
    public var ruleID: String
    /// The rule's category.
    public var category: RuleCategory
    /// Between 0 and 1.
    public var confidence: Double
    /// The signals that produced the verdict, for people ("12/20 sampled values matched; column name 'email'").
    public var explanation: String

    /// Creates a classification.
    public init(ruleID: String, category: RuleCategory, confidence: Double, explanation: String) {
        self.ruleID = ruleID
        self.category = category
        self.confidence = confidence
        self.explanation = explanation
    }
}
