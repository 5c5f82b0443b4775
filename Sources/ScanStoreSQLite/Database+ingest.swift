import Foundation
import GRDB
import ScanCore
import ScanStoreSQL

/// Storing another scanner's report as a completed run of its definition.
extension Database {
    /// Records the batch as one completed run of its definition (origin `ingest`).
    func ingest(_ batch: IngestBatch) throws -> ScanRun {
        let scope = batch.scope
        try requireDefinition(scope)
        let run = ScanRun(
            tenantID: scope.tenantID,
            definitionID: scope.definitionID,
            status: .completed,
            enumerationDone: true,
            createdAt: batch.at,
            startedAt: batch.at,
            finishedAt: batch.at,
            origin: .ingest,
            tool: scope.tool,
            toolVersion: batch.toolVersion
        )
        try insertRun(run)
        try merge(batch, into: run.id)
        try audit(tenant: scope.tenantID, at: batch.at, action: "run.ingested", target: run.id.rawValue)
        return try scanRun(run.id)
    }

    /// Merges the batch into its scope's findings as part of `run`: one lookup of its
    /// fingerprints, one insert of the new findings, one update of the seen ones, then fixes
    /// the scope's findings it did not report and adds each change to the run's counters.
    func merge(_ batch: IngestBatch, into run: Identifier<ScanRun>) throws {
        let scope = batch.scope
        let findings = batch.uniqueFindings
        let plan = IngestPlan(findings: findings, existing: try existingFindings(findings, scope: scope))
        try insertIngested(plan, scope: scope, run: run, at: batch.at)
        try updateIngested(plan, scope: scope, run: run, at: batch.at)
        var changes = plan.changes
        changes[.fixed] = try fixUnreported(scope: scope, run: run)
        try replaceDependencies(batch, run: run)
        try executeCached(
            sql: """
                UPDATE scan_runs SET findings_new = findings_new + ?, findings_unchanged = findings_unchanged + ?,
                    findings_reopened = findings_reopened + ?, findings_fixed = findings_fixed + ?,
                    tool = COALESCE(tool, ?), tool_version = COALESCE(tool_version, ?)
                WHERE id = ?
                """,
            arguments: [
                changes[.new] ?? 0, changes[.unchanged] ?? 0, changes[.reopened] ?? 0, changes[.fixed] ?? 0,
                scope.tool, batch.toolVersion, run.rawValue,
            ]
        )
    }

    private func requireDefinition(_ scope: IngestScope) throws {
        let found = try Bool.fetchOne(
            self,
            sql: "SELECT 1 FROM scan_definitions WHERE id = ? AND tenant_id = ?",
            arguments: [scope.definitionID.rawValue, scope.tenantID.rawValue]
        )
        guard found == true else { throw ScanError(.notFound, "scan definition \(scope.definitionID) not found") }
    }

    private func existingFindings(
        _ findings: [IngestedFinding],
        scope: IngestScope
    ) throws -> [String: IngestPlan.Existing] {
        let fingerprints = try JSONColumn.encode(findings.map(\.fingerprint))
        let rows = try Row.fetchAll(
            self,
            sql: """
                SELECT fingerprint, status, triage_state FROM findings
                WHERE definition_id = ? AND fingerprint IN (SELECT value FROM json_each(?))
                """,
            arguments: [scope.definitionID.rawValue, fingerprints]
        )
        var existing: [String: IngestPlan.Existing] = [:]
        for row in rows {
            let status = FindingStatus(rawValue: row["status"]) ?? .open
            existing[row["fingerprint"]] = .init(status: status, triaged: row["triage_state"] as String? != nil)
        }
        return existing
    }

    private func insertIngested(_ plan: IngestPlan, scope: IngestScope, run: Identifier<ScanRun>, at: Date) throws {
        guard !plan.inserts.isEmpty else { return }
        try execute(
            sql: """
                INSERT INTO findings (tenant_id, definition_id, fingerprint, rule_id, category, severity, severity_rank,
                    object_path, asset_path, line, end_line, col, value_hash, preview, confidence, status, last_change,
                    first_seen_run, last_seen_run, first_seen_at, last_seen_at, tool, message, tags)
                SELECT ?, ?, r.value ->> 'fingerprint', r.value ->> 'rule_id', 'code', r.value ->> 'severity',
                    r.value ->> 'severity_rank', r.value ->> 'asset_path', r.value ->> 'asset_path', r.value ->> 'line',
                    r.value ->> 'end_line', r.value ->> 'col', r.value ->> 'value_hash', r.value ->> 'preview', 1.0,
                    'open', 'new', ?, ?, ?, ?, ?, r.value ->> 'message', r.value ->> 'tags'
                FROM json_each(?) r WHERE true
                ON CONFLICT (definition_id, fingerprint) DO NOTHING
                """,
            arguments: [
                scope.tenantID.rawValue, scope.definitionID.rawValue, run.rawValue, run.rawValue, at, at, scope.tool,
                try plan.insertRows(),
            ]
        )
    }

    private func updateIngested(_ plan: IngestPlan, scope: IngestScope, run: Identifier<ScanRun>, at: Date) throws {
        guard !plan.updates.isEmpty else { return }
        try execute(
            // Materialized, so SQLite walks the rows and finds each finding by its key
            // instead of scanning the rows once per finding of the definition.
            sql: """
                WITH u AS MATERIALIZED (
                    SELECT r.value ->> 'fingerprint' AS fingerprint, r.value ->> 'change' AS change,
                        r.value ->> 'rule_id' AS rule_id, r.value ->> 'severity' AS severity,
                        r.value ->> 'severity_rank' AS severity_rank, r.value ->> 'asset_path' AS asset_path,
                        r.value ->> 'line' AS line, r.value ->> 'end_line' AS end_line, r.value ->> 'col' AS col,
                        r.value ->> 'value_hash' AS value_hash, r.value ->> 'preview' AS preview,
                        r.value ->> 'message' AS message, r.value ->> 'tags' AS tags
                    FROM json_each(?) r)
                UPDATE findings SET status = 'open', last_change = u.change, last_seen_run = ?, last_seen_at = ?,
                    rule_id = u.rule_id, severity = u.severity, severity_rank = u.severity_rank,
                    asset_path = u.asset_path, object_path = u.asset_path, line = u.line, end_line = u.end_line,
                    col = u.col, value_hash = u.value_hash, preview = u.preview, message = u.message, tags = u.tags
                FROM u
                WHERE findings.definition_id = ? AND findings.fingerprint = u.fingerprint
                """,
            arguments: [try plan.updateRows(), run.rawValue, at, scope.definitionID.rawValue]
        )
    }

    /// Fixes the open findings of the scope's tool (under its asset, if any) that the run did
    /// not report; returns how many.
    private func fixUnreported(scope: IngestScope, run: Identifier<ScanRun>) throws -> Int {
        let prefix = scope.pathPrefix.flatMap { $0.isEmpty ? nil : $0 }
        try execute(
            sql: """
                UPDATE findings SET status = 'fixed', last_change = 'fixed'
                WHERE definition_id = ? AND tool = ? AND status = 'open' AND last_seen_run <> ?
                  AND (? IS NULL OR asset_path = ? OR substr(asset_path, 1, length(?) + 1) = ? || '/')
                """,
            arguments: [scope.definitionID.rawValue, scope.tool, run.rawValue, prefix, prefix, prefix, prefix]
        )
        return changesCount
    }

    /// Replaces the components the scope's tool reported, when the report lists them.
    private func replaceDependencies(_ batch: IngestBatch, run: Identifier<ScanRun>) throws {
        guard let dependencies = batch.dependencies else { return }
        let scope = batch.scope
        try execute(
            sql: """
                DELETE FROM dependencies WHERE definition_id = ? AND tool = ? AND (? IS NULL OR target = ?)
                """,
            arguments: [scope.definitionID.rawValue, scope.tool, scope.pathPrefix, scope.pathPrefix]
        )
        guard !dependencies.isEmpty else { return }
        try execute(
            sql: """
                INSERT INTO dependencies (definition_id, tool, target, name, version, ecosystem, purl, tenant_id,
                    run_id, seen_at)
                SELECT ?, ?, r.value ->> 'target', r.value ->> 'name', r.value ->> 'version',
                    r.value ->> 'ecosystem', r.value ->> 'purl', ?, ?, ?
                FROM json_each(?) r
                """,
            arguments: [
                scope.definitionID.rawValue, scope.tool, scope.tenantID.rawValue, run.rawValue, batch.at,
                try IngestPlan.dependencyRows(dependencies, scope: scope),
            ]
        )
    }
}
