/// Whether a finding is present in the latest complete scan of its definition.
public enum FindingStatus: String, Sendable, Codable, CaseIterable {
    case open
    case fixed
}

/// How a finding changed in the run that last touched it.
public enum FindingChange: String, Sendable, Codable, CaseIterable {
    /// Seen for the first time.
    case new
    /// Seen before and still there.
    case unchanged
    /// Absent from a complete later run.
    case fixed
    /// Was fixed and came back.
    case reopened
}
