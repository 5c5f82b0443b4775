/// What policy needs to act on one finalized object.
public struct PolicyInput: Sendable, Codable, Hashable {
    /// The object's path.
    public var objectPath: String
    /// Its outcome name.
    public var outcome: String
    /// The highest severity among its findings.
    public var maxSeverity: Severity?
    /// How many findings it has.
    public var findingCount: Int

    /// Creates a policy input.
    public init(objectPath: String, outcome: String, maxSeverity: Severity?, findingCount: Int) {
        self.objectPath = objectPath
        self.outcome = outcome
        self.maxSeverity = maxSeverity
        self.findingCount = findingCount
    }
}
