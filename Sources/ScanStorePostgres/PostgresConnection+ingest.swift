import Foundation
import Logging
import PostgresNIO
import ScanCore
import ScanStoreSQL

/// Storing another scanner's report as a completed run of its definition, in a fixed
/// number of statements whatever its size: the rows travel as one JSON array each.
extension PostgresConnection {
    /// Records the batch as one completed run of its definition (origin `ingest`).
    func ingest(_ batch: IngestBatch, logger: Logger) async throws -> ScanRun {
        let scope = batch.scope
        let run = try await insertIngestRun(batch, logger: logger)
        try await merge(batch, into: run, logger: logger)
        try await insertAudit(
            tenant: scope.tenantID,
            at: batch.at,
            action: "run.ingested",
            target: run.rawValue,
            logger: logger
        )
        return try await scanRun(run, logger: logger)
    }

    /// Merges the batch into its scope's findings as part of `run`: one lookup of its
    /// fingerprints, one insert of the new findings, one update of the seen ones, then fixes
    /// the scope's findings it did not report and adds each change to the run's counters.
    func merge(_ batch: IngestBatch, into run: Identifier<ScanRun>, logger: Logger) async throws {
        let scope = batch.scope
        try await lockScope(scope, logger: logger)
        let findings = batch.uniqueFindings
        let existing = try await existingIngested(findings.map(\.fingerprint), scope: scope, logger: logger)
        let plan = IngestPlan(findings: findings, existing: existing)
        var changes = plan.changes
        changes[.new] = try await insertIngested(plan, scope: scope, run: run, at: batch.at, logger: logger)
        try await updateIngested(plan, scope: scope, run: run, at: batch.at, logger: logger)
        changes[.fixed] = try await fixUnreported(scope: scope, run: run, logger: logger)
        try await replaceDependencies(batch, run: run, logger: logger)
        try await self.run(
            """
            UPDATE scan_runs SET findings_new = findings_new + \(changes[.new] ?? 0),
                findings_unchanged = findings_unchanged + \(changes[.unchanged] ?? 0),
                findings_reopened = findings_reopened + \(changes[.reopened] ?? 0),
                findings_fixed = findings_fixed + \(changes[.fixed] ?? 0),
                tool = COALESCE(tool, \(scope.tool)), tool_version = COALESCE(tool_version, \(batch.toolVersion))
            WHERE id = \(run.rawValue)
            """,
            logger: logger
        )
    }

    /// Ingests of one definition take turns, so one never fixes a finding another is adding.
    private func lockScope(_ scope: IngestScope, logger: Logger) async throws {
        try await run(
            "SELECT pg_advisory_xact_lock(hashtextextended(\("ingest:" + scope.definitionID.rawValue), 0))",
            logger: logger
        )
    }

    private func insertIngestRun(_ batch: IngestBatch, logger: Logger) async throws -> Identifier<ScanRun> {
        let scope = batch.scope
        let id = Identifier<ScanRun>.random()
        let inserted = try await count(
            """
            INSERT INTO scan_runs (id, tenant_id, definition_id, status, enumeration_done, created_at, started_at,
                finished_at, origin, tool, tool_version)
            SELECT \(id.rawValue), tenant_id, id, 'completed', 1, \(batch.at), \(batch.at), \(batch.at), 'ingest',
                \(scope.tool), \(batch.toolVersion)
            FROM scan_definitions WHERE id = \(scope.definitionID.rawValue) AND tenant_id = \(scope.tenantID.rawValue)
            RETURNING 1
            """,
            logger: logger
        )
        guard inserted == 1 else { throw ScanError(.notFound, "scan definition \(scope.definitionID) not found") }
        return id
    }

    private func existingIngested(
        _ fingerprints: [String],
        scope: IngestScope,
        logger: Logger
    ) async throws -> [String: IngestPlan.Existing] {
        guard !fingerprints.isEmpty else { return [:] }
        let rows = try await rows(
            """
            SELECT fingerprint, status, triage_state FROM findings
            WHERE definition_id = \(scope.definitionID.rawValue) AND fingerprint = ANY(\(fingerprints))
            """,
            logger: logger
        )
        var existing: [String: IngestPlan.Existing] = [:]
        for row in rows {
            existing[try row.value("fingerprint")] = IngestPlan.Existing(
                status: try row.enumValue(FindingStatus.self, "status"),
                triaged: try row.value("triage_state", as: String?.self) != nil
            )
        }
        return existing
    }

    private func insertIngested(
        _ plan: IngestPlan,
        scope: IngestScope,
        run: Identifier<ScanRun>,
        at: Date,
        logger: Logger
    ) async throws -> Int {
        guard !plan.inserts.isEmpty else { return 0 }
        return try await count(
            """
            INSERT INTO findings (tenant_id, definition_id, fingerprint, rule_id, category, severity, severity_rank,
                object_path, asset_path, line, end_line, col, value_hash, preview, confidence, status, last_change,
                first_seen_run, last_seen_run, first_seen_at, last_seen_at, tool, message, tags)
            SELECT \(scope.tenantID.rawValue), \(scope.definitionID.rawValue), r.fingerprint, r.rule_id, 'code',
                r.severity, r.severity_rank, r.asset_path, r.asset_path, r.line, r.end_line, r.col, r.value_hash,
                r.preview, 1.0, 'open', 'new', \(run.rawValue), \(run.rawValue), \(at), \(at), \(scope.tool),
                r.message, r.tags
            FROM jsonb_to_recordset(\(try plan.insertRows())::jsonb) AS r (\(unescaped: IngestColumns.record))
            ON CONFLICT (definition_id, fingerprint) DO NOTHING
            RETURNING 1
            """,
            logger: logger
        )
    }

    private func updateIngested(
        _ plan: IngestPlan,
        scope: IngestScope,
        run: Identifier<ScanRun>,
        at: Date,
        logger: Logger
    ) async throws {
        guard !plan.updates.isEmpty else { return }
        try await self.run(
            """
            UPDATE findings f SET status = 'open', last_change = u.change, last_seen_run = \(run.rawValue),
                last_seen_at = \(at), rule_id = u.rule_id, severity = u.severity, severity_rank = u.severity_rank,
                asset_path = u.asset_path, object_path = u.asset_path, line = u.line, end_line = u.end_line,
                col = u.col, value_hash = u.value_hash, preview = u.preview, message = u.message, tags = u.tags
            FROM jsonb_to_recordset(\(try plan.updateRows())::jsonb) AS u (\(unescaped: IngestColumns.record))
            WHERE f.definition_id = \(scope.definitionID.rawValue) AND f.fingerprint = u.fingerprint
            """,
            logger: logger
        )
    }

    /// Fixes the open findings of the scope's tool (under its asset, if any) that the run did
    /// not report; returns how many.
    private func fixUnreported(scope: IngestScope, run: Identifier<ScanRun>, logger: Logger) async throws -> Int {
        let prefix = scope.pathPrefix.flatMap { $0.isEmpty ? nil : $0 }
        return try await count(
            """
            UPDATE findings SET status = 'fixed', last_change = 'fixed'
            WHERE definition_id = \(scope.definitionID.rawValue) AND tool = \(scope.tool) AND status = 'open'
              AND last_seen_run <> \(run.rawValue)
              AND (\(prefix)::text IS NULL OR asset_path = \(prefix) OR starts_with(asset_path, \(prefix) || '/'))
            RETURNING 1
            """,
            logger: logger
        )
    }

    /// Replaces the components the scope's tool reported, when the report lists them.
    private func replaceDependencies(_ batch: IngestBatch, run: Identifier<ScanRun>, logger: Logger) async throws {
        guard let dependencies = batch.dependencies else { return }
        let scope = batch.scope
        try await self.run(
            """
            DELETE FROM dependencies WHERE definition_id = \(scope.definitionID.rawValue) AND tool = \(scope.tool)
              AND (\(scope.pathPrefix)::text IS NULL OR target = \(scope.pathPrefix))
            """,
            logger: logger
        )
        guard !dependencies.isEmpty else { return }
        try await self.run(
            """
            INSERT INTO dependencies (definition_id, tool, target, name, version, ecosystem, purl, tenant_id, run_id,
                seen_at)
            SELECT \(scope.definitionID.rawValue), \(scope.tool), r.target, r.name, r.version, r.ecosystem, r.purl,
                \(scope.tenantID.rawValue), \(run.rawValue), \(batch.at)
            FROM jsonb_to_recordset(\(try IngestPlan.dependencyRows(dependencies, scope: scope))::jsonb)
                AS r (target text, name text, version text, ecosystem text, purl text)
            """,
            logger: logger
        )
    }
}

/// The record type `jsonb_to_recordset` reads an ingest row as.
private enum IngestColumns {
    static let record = """
        fingerprint text, rule_id text, severity text, severity_rank bigint, asset_path text, line bigint, \
        end_line bigint, col bigint, value_hash text, preview text, message text, tags text, change text
        """
}
