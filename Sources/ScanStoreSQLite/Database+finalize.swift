import Foundation
import GRDB
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
extension Database {
    /// Records the object's outcome once per run; returns `false` when it was already
    /// recorded, so a redelivered finalize job changes nothing.
    func recordObject(_ result: ObjectResult, run: Identifier<ScanRun>, at: Date) throws -> Bool {
        try executeCached(
            sql: """
                INSERT INTO run_objects (run_id, path, outcome, reason, bytes_read, finding_count, finalized_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                """,
            arguments: [
                run.rawValue, result.object.path, result.outcome.name, result.outcome.reason, result.bytesRead,
                result.detections.count, at,
            ]
        )
        guard changesCount == 1 else { return false }
        try executeCached(
            sql: "UPDATE scan_runs SET finalized = finalized + 1, failed = failed + ? WHERE id = ?",
            arguments: [result.outcome.isFailure ? 1 : 0, run.rawValue]
        )
        return true
    }

    func finalizeContext(_ run: Identifier<ScanRun>) throws -> FinalizeContext {
        guard
            let row = try fetchOneCached(
                sql: """
                    SELECT r.tenant_id, r.definition_id, d.source_id FROM scan_runs r
                    JOIN scan_definitions d ON d.id = r.definition_id WHERE r.id = ?
                    """,
                arguments: [run.rawValue]
            )
        else { throw ScanError(.notFound, "run \(run) not found") }
        return FinalizeContext(
            run: run,
            tenant: TenantID(row["tenant_id"]),
            definition: Identifier(row["definition_id"]),
            source: Identifier(row["source_id"])
        )
    }

    func mergeAssets(_ result: ObjectResult, context: FinalizeContext, at: Date) throws {
        let statement = try cachedStatement(
            sql: """
                INSERT INTO assets (tenant_id, source_id, path, parent_path, kind, size, data_type, classifications,
                    first_seen_run, last_seen_run, first_seen_at, last_seen_at, last_outcome)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (source_id, path) DO UPDATE SET size = COALESCE(excluded.size, size),
                    data_type = COALESCE(excluded.data_type, data_type),
                    classifications = CASE WHEN excluded.last_outcome IS NULL THEN classifications
                        ELSE excluded.classifications END,
                    last_seen_run = excluded.last_seen_run, last_seen_at = excluded.last_seen_at,
                    last_outcome = COALESCE(excluded.last_outcome, last_outcome)
                """
        )
        for asset in result.assets {
            // Only the scanned object carries the outcome; ancestors are just "seen".
            let isObject = asset.path == result.object.path || asset.parentPath == result.object.path
            try statement.execute(arguments: [
                context.tenant.rawValue, context.source.rawValue, asset.path, asset.parentPath, asset.kind.rawValue,
                asset.size, asset.dataType, try JSONColumn.encode(asset.classifications), context.run.rawValue,
                context.run.rawValue, at, at, isObject ? result.outcome.name : nil,
            ])
        }
    }
}
