import Foundation
import Logging
import PostgresNIO
import ScanCore
import ScanStoreSQL

/// Merging a run's detections into the definition's findings, in three statements
/// whatever the number of detections: look up, insert the new, update the seen.
extension PostgresConnection {
    /// Inserts new findings, refreshes seen ones and reopens fixed ones, counting each
    /// change in `tally`. Runs once per object per run (guarded by ``recordObject``).
    func mergeFindings(
        _ result: ObjectResult,
        context: FinalizeContext,
        at: Date,
        tally: inout RunDelta,
        logger: Logger
    ) async throws {
        var seen = Set<String>()
        let detections = result.detections.filter { seen.insert($0.fingerprint).inserted }
        guard !detections.isEmpty else { return }
        let existing = try await existingFindings(detections.map(\.fingerprint), context: context, logger: logger)
        let fresh = detections.filter { existing[$0.fingerprint] == nil }
        let inserted = try await insertFindings(
            fresh,
            objectPath: result.object.path,
            context: context,
            at: at,
            logger: logger
        )
        let updates = detections.compactMap { detection -> (Detection, Int64, FindingChange)? in
            guard let found = existing[detection.fingerprint], found.lastSeenRun != context.run.rawValue else {
                return nil
            }
            // A triaged finding is never reopened: the person's decision stands.
            return (detection, found.id, found.isFixed && !found.isTriaged ? .reopened : .unchanged)
        }
        try await updateFindings(updates, context: context, at: at, logger: logger)
        tally.findingsNew += inserted
        for (_, _, change) in updates {
            if change == .reopened { tally.findingsReopened += 1 } else { tally.findingsUnchanged += 1 }
        }
    }

    private struct ExistingFinding {
        var id: Int64
        var isFixed: Bool
        var isTriaged: Bool
        var lastSeenRun: String
    }

    /// The definition's findings with these fingerprints, locked until the transaction ends.
    private func existingFindings(
        _ fingerprints: [String],
        context: FinalizeContext,
        logger: Logger
    ) async throws -> [String: ExistingFinding] {
        let rows = try await rows(
            """
            SELECT id, fingerprint, status, last_seen_run, triage_state FROM findings
            WHERE definition_id = \(context.definition.rawValue) AND fingerprint = ANY(\(fingerprints))
            FOR UPDATE
            """,
            logger: logger
        )
        var found: [String: ExistingFinding] = [:]
        for row in rows {
            found[try row.value("fingerprint")] = ExistingFinding(
                id: try row.value("id"),
                isFixed: try row.value("status", as: String.self) == FindingStatus.fixed.rawValue,
                isTriaged: try row.value("triage_state", as: String?.self) != nil,
                lastSeenRun: try row.value("last_seen_run")
            )
        }
        return found
    }

    private func insertFindings(
        _ detections: [Detection],
        objectPath: String,
        context: FinalizeContext,
        at: Date,
        logger: Logger
    ) async throws -> Int {
        guard !detections.isEmpty else { return 0 }
        let run = context.run.rawValue
        return try await count(
            """
            INSERT INTO findings (tenant_id, definition_id, fingerprint, rule_id, category, severity, severity_rank,
                object_path, asset_path, line, col, value_hash, preview, confidence, status, last_change,
                first_seen_run, last_seen_run, first_seen_at, last_seen_at)
            SELECT \(context.tenant.rawValue), \(context.definition.rawValue), d.fingerprint, d.rule_id, d.category,
                d.severity, d.severity_rank, \(objectPath), d.asset_path, NULLIF(d.line, -1), NULLIF(d.col, -1),
                d.value_hash, d.preview, d.confidence, 'open', 'new', \(run), \(run), \(at), \(at)
            FROM UNNEST(\(detections.map(\.fingerprint))::text[], \(detections.map(\.ruleID))::text[],
                \(detections.map(\.category.rawValue))::text[], \(detections.map(\.severity.rawValue))::text[],
                \(detections.map { SeverityRank.of($0.severity) })::bigint[], \(detections.map(\.assetPath))::text[],
                \(detections.map { $0.line ?? -1 })::bigint[], \(detections.map { $0.column ?? -1 })::bigint[],
                \(detections.map(\.valueHash))::text[], \(detections.map(\.preview))::text[],
                \(detections.map(\.confidence))::float8[])
                AS d (fingerprint, rule_id, category, severity, severity_rank, asset_path, line, col, value_hash,
                    preview, confidence)
            ON CONFLICT (definition_id, fingerprint) DO NOTHING
            RETURNING 1
            """,
            logger: logger
        )
    }

    private func updateFindings(
        _ updates: [(Detection, Int64, FindingChange)],
        context: FinalizeContext,
        at: Date,
        logger: Logger
    ) async throws {
        guard !updates.isEmpty else { return }
        let detections = updates.map(\.0)
        try await self.run(
            """
            UPDATE findings f SET status = 'open', last_change = u.change, last_seen_run = \(context.run.rawValue),
                last_seen_at = \(at), line = NULLIF(u.line, -1), col = NULLIF(u.col, -1), preview = u.preview,
                confidence = u.confidence, severity = u.severity, severity_rank = u.severity_rank
            FROM UNNEST(\(updates.map(\.1))::bigint[], \(updates.map(\.2.rawValue))::text[],
                \(detections.map { $0.line ?? -1 })::bigint[], \(detections.map { $0.column ?? -1 })::bigint[],
                \(detections.map(\.preview))::text[], \(detections.map(\.confidence))::float8[],
                \(detections.map(\.severity.rawValue))::text[],
                \(detections.map { SeverityRank.of($0.severity) })::bigint[])
                AS u (id, change, line, col, preview, confidence, severity, severity_rank)
            WHERE f.id = u.id
            """,
            logger: logger
        )
    }
}
