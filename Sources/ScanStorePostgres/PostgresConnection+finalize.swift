import Foundation
import Logging
import PostgresNIO
import ScanCore
import ScanStoreSQL

/// What finalizing needs to know about the run being finalized.
struct FinalizeContext {
    var run: Identifier<ScanRun>
    var tenant: TenantID
    var definition: Identifier<ScanDefinition>
    var source: Identifier<DataSource>
}

/// The finalize step's writes: the object's outcome, its assets and its findings.
extension PostgresConnection {
    /// Records the object's outcome once per run; returns `false` when it was already
    /// recorded, so a redelivered finalize job changes nothing.
    func recordObject(_ result: ObjectResult, run: Identifier<ScanRun>, at: Date, logger: Logger) async throws -> Bool {
        let recorded = try await count(
            """
            INSERT INTO run_objects (run_id, path, outcome, reason, bytes_read, finding_count, finalized_at)
            VALUES (\(run.rawValue), \(result.object.path), \(result.outcome.name), \(result.outcome.reason),
                \(result.bytesRead), \(result.detections.count), \(at))
            ON CONFLICT DO NOTHING RETURNING 1
            """,
            logger: logger
        )
        guard recorded == 1 else { return false }
        try await bump(run, RunDelta(finalized: 1, failed: result.outcome.isFailure ? 1 : 0), logger: logger)
        return true
    }

    func finalizeContext(_ run: Identifier<ScanRun>, logger: Logger) async throws -> FinalizeContext {
        guard
            let row = try await row(
                """
                SELECT r.tenant_id, r.definition_id, d.source_id FROM scan_runs r
                JOIN scan_definitions d ON d.id = r.definition_id WHERE r.id = \(run.rawValue)
                """,
                logger: logger
            )
        else { throw ScanError(.notFound, "run \(run) not found") }
        return FinalizeContext(
            run: run,
            tenant: TenantID(try row.value("tenant_id")),
            definition: Identifier(try row.value("definition_id")),
            source: Identifier(try row.value("source_id"))
        )
    }

    /// Upserts the object's assets in one statement. Only the scanned object carries the
    /// outcome; its ancestors are just "seen", and an ancestor already seen by this run is
    /// left alone: every object of a folder would otherwise queue on the folder's row.
    func mergeAssets(_ result: ObjectResult, context: FinalizeContext, at: Date, logger: Logger) async throws {
        // One statement cannot upsert a row twice; the last mention of a path wins.
        var latest: [String: AssetObservation] = [:]
        for asset in result.assets { latest[asset.path] = asset }
        let assets = latest.values.sorted { $0.path < $1.path }
        guard !assets.isEmpty else { return }
        let outcomes = assets.map { asset in
            asset.path == result.object.path || asset.parentPath == result.object.path ? result.outcome.name : ""
        }
        try await self.run(
            """
            INSERT INTO assets (tenant_id, source_id, path, parent_path, kind, size, data_type, classifications,
                first_seen_run, last_seen_run, first_seen_at, last_seen_at, last_outcome)
            SELECT \(context.tenant.rawValue), \(context.source.rawValue), a.path, NULLIF(a.parent_path, ''), a.kind,
                NULLIF(a.size, -1), NULLIF(a.data_type, ''), a.classifications, \(context.run.rawValue),
                \(context.run.rawValue), \(at), \(at), NULLIF(a.outcome, '')
            FROM UNNEST(\(assets.map(\.path))::text[], \(assets.map { $0.parentPath ?? "" })::text[],
                \(assets.map(\.kind.rawValue))::text[], \(assets.map { $0.size ?? -1 })::bigint[],
                \(assets.map { $0.dataType ?? "" })::text[],
                \(try assets.map { try JSONColumn.encode($0.classifications) })::text[], \(outcomes)::text[])
                AS a (path, parent_path, kind, size, data_type, classifications, outcome)
            WHERE a.outcome <> '' OR NOT EXISTS (
                SELECT 1 FROM assets seen WHERE seen.source_id = \(context.source.rawValue) AND seen.path = a.path
                  AND seen.last_seen_run = \(context.run.rawValue))
            ON CONFLICT (source_id, path) DO UPDATE SET size = COALESCE(excluded.size, assets.size),
                data_type = COALESCE(excluded.data_type, assets.data_type),
                classifications = CASE WHEN excluded.last_outcome IS NULL THEN assets.classifications
                    ELSE excluded.classifications END,
                last_seen_run = excluded.last_seen_run, last_seen_at = excluded.last_seen_at,
                last_outcome = COALESCE(excluded.last_outcome, assets.last_outcome)
            """,
            logger: logger
        )
    }
}
