import Foundation
import PostgresNIO

/// The run's tenant, definition and source.
struct FinalizeContextStatement: HotStatement {
    static let sql = """
        SELECT r.tenant_id, r.definition_id, d.source_id FROM scan_runs r
        JOIN scan_definitions d ON d.id = r.definition_id WHERE r.id = $1
        """

    var run: String

    func makeBindings() -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(run)
        return bindings
    }
}

/// Records an object's outcome once per run; returns a row if it was not recorded yet.
struct RecordObjectStatement: HotStatement {
    static let sql = """
        INSERT INTO run_objects (run_id, path, outcome, reason, bytes_read, finding_count, finalized_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7)
        ON CONFLICT DO NOTHING RETURNING 1
        """

    var run: String
    var path: String
    var outcome: String
    var reason: String?
    var bytesRead: Int64
    var findingCount: Int
    var at: Date

    func makeBindings() -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(run)
        bindings.append(path)
        bindings.append(outcome)
        bindings.append(reason)
        bindings.append(bytesRead)
        bindings.append(findingCount)
        bindings.append(at)
        return bindings
    }
}

/// Upserts an object's assets (see `mergeAssets(_:context:at:logger:)`): the scanned object
/// carries its outcome; an ancestor already seen by this run is left alone.
struct UpsertAssetsStatement: HotStatement {
    static let sql = """
        INSERT INTO assets (tenant_id, source_id, path, parent_path, kind, size, data_type, classifications,
            first_seen_run, last_seen_run, first_seen_at, last_seen_at, last_outcome)
        SELECT $1, $2, a.path, NULLIF(a.parent_path, ''), a.kind, NULLIF(a.size, -1), NULLIF(a.data_type, ''),
            a.classifications, $3, $3, $4, $4, NULLIF(a.outcome, '')
        FROM UNNEST($5::text[], $6::text[], $7::text[], $8::bigint[], $9::text[], $10::text[], $11::text[])
            AS a (path, parent_path, kind, size, data_type, classifications, outcome)
        WHERE a.outcome <> '' OR NOT EXISTS (
            SELECT 1 FROM assets seen WHERE seen.source_id = $2 AND seen.path = a.path AND seen.last_seen_run = $3)
        ON CONFLICT (source_id, path) DO UPDATE SET size = COALESCE(excluded.size, assets.size),
            data_type = COALESCE(excluded.data_type, assets.data_type),
            classifications = CASE WHEN excluded.last_outcome IS NULL THEN assets.classifications
                ELSE excluded.classifications END,
            last_seen_run = excluded.last_seen_run, last_seen_at = excluded.last_seen_at,
            last_outcome = COALESCE(excluded.last_outcome, assets.last_outcome)
        """

    var tenant: String
    var source: String
    var run: String
    var at: Date
    var paths: [String]
    var parentPaths: [String]
    var kinds: [String]
    var sizes: [Int64]
    var dataTypes: [String]
    var classifications: [String]
    var outcomes: [String]

    func makeBindings() -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(tenant)
        bindings.append(source)
        bindings.append(run)
        bindings.append(at)
        for column in [paths, parentPaths, kinds] { bindings.append(column) }
        bindings.append(sizes)
        for column in [dataTypes, classifications, outcomes] { bindings.append(column) }
        return bindings
    }
}
