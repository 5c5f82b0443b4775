/// Progress and result counts of a run.
///
/// Progress is measured by ``finalized`` objects, not by enumeration: an object counts
/// once its result is stored.
public struct RunCounters: Sendable, Codable, Hashable {
    /// Objects discovered by enumeration (one scan job each).
    public var enumerated: Int
    /// Objects whose scan step finished.
    public var scanned: Int
    /// Objects whose result is stored; the progress numerator.
    public var finalized: Int
    /// Finalized objects whose outcome was a failure (fetch, timeout, unable to scan).
    public var failed: Int
    /// Bytes read from the source.
    public var bytes: Int64
    /// Findings seen for the first time.
    public var findingsNew: Int
    /// Findings seen in an earlier run and again now.
    public var findingsUnchanged: Int
    /// Findings of earlier runs that this complete run did not see.
    public var findingsFixed: Int
    /// Findings that were fixed and came back.
    public var findingsReopened: Int

    /// Creates counters, all zero by default.
    public init(
        enumerated: Int = 0,
        scanned: Int = 0,
        finalized: Int = 0,
        failed: Int = 0,
        bytes: Int64 = 0,
        findingsNew: Int = 0,
        findingsUnchanged: Int = 0,
        findingsFixed: Int = 0,
        findingsReopened: Int = 0
    ) {
        self.enumerated = enumerated
        self.scanned = scanned
        self.finalized = finalized
        self.failed = failed
        self.bytes = bytes
        self.findingsNew = findingsNew
        self.findingsUnchanged = findingsUnchanged
        self.findingsFixed = findingsFixed
        self.findingsReopened = findingsReopened
    }

    /// Findings present in the run (new, unchanged and reopened).
    public var findingsOpen: Int { findingsNew + findingsUnchanged + findingsReopened }
}
