/// The life cycle of a scan run: `pending → running → completed | failed | cancelled`.
public enum RunStatus: String, Sendable, Codable, CaseIterable {
    case pending
    case running
    case completed
    case failed
    case cancelled

    /// Whether the run still has work to do; one definition has at most one active run.
    public var isActive: Bool { self == .pending || self == .running }

    /// Whether the run has ended.
    public var isTerminal: Bool { !isActive }

    /// Whether the state machine allows moving from `self` to `next`.
    public func canTransition(to next: RunStatus) -> Bool {
        switch (self, next) {
        case (.pending, .running), (.pending, .cancelled), (.pending, .failed):
            return true
        case (.running, .completed), (.running, .failed), (.running, .cancelled):
            return true
        default:
            return false
        }
    }
}
