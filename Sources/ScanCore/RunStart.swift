/// The answer to starting a definition: the active run, and whether it was created now.
public struct RunStart: Sendable, Hashable {
    /// The run that is active for the definition.
    public var run: ScanRun
    /// `false` when a run was already active and is returned instead of a second one.
    public var created: Bool

    /// Creates the answer.
    public init(run: ScanRun, created: Bool) {
        self.run = run
        self.created = created
    }
}
