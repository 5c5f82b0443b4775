/// What a caller of the control plane may do.
///
/// Roles are ordered by reach: a viewer reads, an operator also triggers and cancels
/// runs and triages findings, an admin also changes configuration and manages tokens.
/// The agent role is reserved for remote agents and can do none of the above.
public enum Role: String, Sendable, Codable, CaseIterable {
    case admin
    case `operator`
    case viewer
    case agent

    /// Whether the role grants `permission`.
    public func allows(_ permission: Permission) -> Bool {
        switch (self, permission) {
        case (.admin, _): return permission != .agent
        case (.operator, .read), (.operator, .operate): return true
        case (.viewer, .read): return true
        case (.agent, .agent): return true
        default: return false
        }
    }
}

/// A class of action in the control plane, checked against a caller's ``Role``.
public enum Permission: String, Sendable, Codable, CaseIterable {
    /// Read any object of the tenant.
    case read
    /// Trigger, cancel, pause scans and triage findings.
    case operate
    /// Change sources, rule sets, definitions and tokens.
    case administer
    /// Speak the remote-agent protocol.
    case agent
}
