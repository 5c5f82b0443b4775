public import Foundation

/// A change in a run, kept in order so live clients can resume with `Last-Event-ID`.
public struct RunEvent: Sendable, Codable, Hashable {
    /// The kinds of event.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// The run was requested.
        case created = "run.created"
        /// Its status changed (started, completed, failed, cancelled).
        case status = "run.status"
        /// Its counters moved.
        case progress = "run.progress"
    }

    /// The store's sequence number, increasing across all runs (0 before it is stored).
    public var id: Int64
    /// The owning tenant.
    public var tenantID: TenantID
    /// The run it describes.
    public var runID: Identifier<ScanRun>
    /// What happened.
    public var kind: Kind
    /// When it was recorded.
    public var at: Date
    /// The run as it was at that moment.
    public var run: ScanRun

    /// Creates an event.
    public init(id: Int64 = 0, kind: Kind, at: Date, run: ScanRun) {
        self.id = id
        self.tenantID = run.tenantID
        self.runID = run.id
        self.kind = kind
        self.at = at
        self.run = run
    }
}
