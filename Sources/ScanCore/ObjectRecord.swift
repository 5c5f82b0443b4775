public import Foundation

/// The stored outcome of one object in one run.
public struct ObjectRecord: Sendable, Codable, Hashable {
    /// The run.
    public var runID: Identifier<ScanRun>
    /// The object's path.
    public var path: String
    /// Its canonical outcome.
    public var outcome: ObjectOutcome
    /// Bytes read.
    public var bytesRead: Int64
    /// Findings on it.
    public var findingCount: Int
    /// When it was finalized.
    public var finalizedAt: Date

    /// Creates a record.
    public init(
        runID: Identifier<ScanRun>,
        path: String,
        outcome: ObjectOutcome,
        bytesRead: Int64,
        findingCount: Int,
        finalizedAt: Date
    ) {
        self.runID = runID
        self.path = path
        self.outcome = outcome
        self.bytesRead = bytesRead
        self.findingCount = findingCount
        self.finalizedAt = finalizedAt
    }
}
