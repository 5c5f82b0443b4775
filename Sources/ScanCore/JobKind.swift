/// The step of the pipeline a job performs; workers can be limited to some kinds.
public enum JobKind: String, Sendable, Codable, CaseIterable {
    /// Lists one page of the scope and spawns a scan job per object.
    case enumerate
    /// Fetches one object and runs the rules over it.
    case scan
    /// Stores one object's result: asset, classifications, findings, counters.
    case finalize
    /// Applies policy to a finalized outcome (alerts, tags).
    case act
}
