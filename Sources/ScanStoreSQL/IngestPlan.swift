import Foundation
public import ScanCore

/// How an ingest changes the findings of its scope, decided from one lookup of the
/// reported fingerprints, and the rows each engine hands to its statements.
///
/// Both stores write the rows as one JSON array per statement (read back with `json_each`
/// on SQLite and `jsonb_to_recordset` on PostgreSQL), so an ingest of any size is one
/// lookup, one insert and one update.
public struct IngestPlan: Sendable {
    /// What the store already holds for a reported fingerprint.
    public struct Existing: Sendable {
        public var status: FindingStatus
        public var triaged: Bool

        public init(status: FindingStatus, triaged: Bool) {
            self.status = status
            self.triaged = triaged
        }
    }

    /// Findings seen for the first time.
    public let inserts: [IngestedFinding]
    /// Findings seen before, with how this ingest changes them.
    public let updates: [(finding: IngestedFinding, change: FindingChange)]

    /// Sorts the reported findings by what the store holds.
    ///
    /// A fixed finding reported again is reopened, unless a person triaged it (false
    /// positive, accepted risk, ignored): its decision stands, so it comes back as unchanged.
    public init(findings: [IngestedFinding], existing: [String: Existing]) {
        var inserts: [IngestedFinding] = []
        var updates: [(finding: IngestedFinding, change: FindingChange)] = []
        for finding in findings {
            guard let known = existing[finding.fingerprint] else {
                inserts.append(finding)
                continue
            }
            let reopened = known.status == .fixed && !known.triaged
            updates.append((finding, reopened ? .reopened : .unchanged))
        }
        self.inserts = inserts
        self.updates = updates
    }

    /// How many findings of each change, for the run's counters (fixed comes later).
    public var changes: [FindingChange: Int] {
        var counts: [FindingChange: Int] = [.new: inserts.count]
        for update in updates { counts[update.change, default: 0] += 1 }
        return counts
    }

    /// The JSON array of rows for the insert statement.
    public func insertRows() throws -> String {
        try Self.encode(inserts.map { IngestRow($0, change: .new) })
    }

    /// The JSON array of rows for the update statement.
    public func updateRows() throws -> String {
        try Self.encode(updates.map { IngestRow($0.finding, change: $0.change) })
    }

    /// The JSON array of a report's components. In an asset-bound report every component
    /// belongs to the asset, which the next report of the asset replaces; otherwise to its
    /// target, or to none.
    public static func dependencyRows(_ dependencies: [IngestedDependency], scope: IngestScope) throws -> String {
        let rows = dependencies.map { dependency in
            DependencyRow(
                target: scope.pathPrefix ?? dependency.target ?? "",
                name: dependency.name,
                version: dependency.version,
                ecosystem: dependency.ecosystem,
                purl: dependency.purl
            )
        }
        return try encode(rows)
    }

    private static func encode(_ rows: [some Encodable]) throws -> String {
        String(decoding: try JSONEncoder().encode(rows), as: UTF8.self)
    }
}

/// One finding as a statement reads it; the keys are the `findings` column names.
struct IngestRow: Encodable {
    let fingerprint: String
    let ruleID: String
    let severity: String
    let severityRank: Int
    let assetPath: String
    let line: Int?
    let endLine: Int?
    let column: Int?
    let valueHash: String
    let preview: String
    let message: String
    let tags: String
    let change: String

    enum CodingKeys: String, CodingKey {
        case fingerprint, severity, line, preview, message, tags, change
        case ruleID = "rule_id"
        case severityRank = "severity_rank"
        case assetPath = "asset_path"
        case endLine = "end_line"
        case column = "col"
        case valueHash = "value_hash"
    }

    init(_ finding: IngestedFinding, change: FindingChange) {
        fingerprint = finding.fingerprint
        ruleID = finding.ruleID
        severity = finding.severity.rawValue
        severityRank = SeverityRank.of(finding.severity)
        assetPath = finding.path
        line = finding.line
        endLine = finding.endLine
        column = finding.column
        valueHash = finding.snippetHash
        preview = finding.preview
        message = finding.message
        tags = (try? JSONColumn.encode(finding.tags)) ?? "[]"
        self.change = change.rawValue
    }
}

/// One component as the dependency insert reads it.
struct DependencyRow: Encodable {
    let target: String
    let name: String
    let version: String?
    let ecosystem: String?
    let purl: String?
}
