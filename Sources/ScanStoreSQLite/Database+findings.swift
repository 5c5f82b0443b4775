import Foundation
import GRDB
import ScanCore
import ScanStoreSQL

/// Merging a run's detections into the definition's findings.
extension Database {
    /// Inserts new findings, refreshes seen ones and reopens fixed ones, counting each
    /// change on the run. Runs once per object per run (guarded by ``recordObject``).
    func mergeFindings(_ result: ObjectResult, context: FinalizeContext, at: Date) throws {
        var changes: [FindingChange: Int] = [:]
        for detection in result.detections {
            if let change = try mergeFinding(detection, objectPath: result.object.path, context: context, at: at) {
                changes[change, default: 0] += 1
            }
        }
        guard !changes.isEmpty else { return }
        try executeCached(
            sql: """
                UPDATE scan_runs SET findings_new = findings_new + ?, findings_unchanged = findings_unchanged + ?,
                    findings_reopened = findings_reopened + ? WHERE id = ?
                """,
            arguments: [changes[.new] ?? 0, changes[.unchanged] ?? 0, changes[.reopened] ?? 0, context.run.rawValue]
        )
    }

    private func mergeFinding(
        _ detection: Detection,
        objectPath: String,
        context: FinalizeContext,
        at: Date
    ) throws
        -> FindingChange?
    {
        let existing = try fetchOneCached(
            sql: """
                SELECT id, status, last_seen_run, triage_state FROM findings WHERE definition_id = ? AND fingerprint = ?
                """,
            arguments: [context.definition.rawValue, detection.fingerprint]
        )
        guard let existing else {
            try insertFinding(detection, objectPath: objectPath, context: context, at: at)
            return .new
        }
        let lastSeen: String = existing["last_seen_run"]
        guard lastSeen != context.run.rawValue else { return nil }
        // A triaged finding is never reopened: the person's decision stands.
        let status: String = existing["status"]
        let triaged = existing["triage_state"] as String? != nil
        let change: FindingChange = status == FindingStatus.fixed.rawValue && !triaged ? .reopened : .unchanged
        try executeCached(
            sql: """
                UPDATE findings SET status = 'open', last_change = ?, last_seen_run = ?, last_seen_at = ?,
                    line = ?, col = ?, preview = ?, confidence = ?, severity = ?, severity_rank = ?
                WHERE id = ?
                """,
            arguments: [
                change.rawValue, context.run.rawValue, at, detection.line, detection.column, detection.preview,
                detection.confidence, detection.severity.rawValue, SeverityRank.of(detection.severity),
                existing["id"] as Int64,
            ]
        )
        return change
    }

    private func insertFinding(_ detection: Detection, objectPath: String, context: FinalizeContext, at: Date) throws {
        try executeCached(
            sql: """
                INSERT INTO findings (tenant_id, definition_id, fingerprint, rule_id, category, severity, severity_rank,
                    object_path, asset_path, line, col, value_hash, preview, confidence, status, last_change,
                    first_seen_run, last_seen_run, first_seen_at, last_seen_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', 'new', ?, ?, ?, ?)
                """,
            arguments: [
                context.tenant.rawValue, context.definition.rawValue, detection.fingerprint, detection.ruleID,
                detection.category.rawValue, detection.severity.rawValue, SeverityRank.of(detection.severity),
                objectPath, detection.assetPath, detection.line, detection.column, detection.valueHash,
                detection.preview, detection.confidence, context.run.rawValue, context.run.rawValue, at, at,
            ]
        )
    }
}
