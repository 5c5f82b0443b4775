public import Foundation
import PostgresNIO
public import ScanCore

extension PostgresScanStore {
    /// Runs ordered by `created_at` then `id`, both descending; `beforeRun` pages past a run
    /// of the tenant (an unknown cursor gives an empty page). Ids sort by byte
    /// (`COLLATE "C"`), as in SQLite.
    public func runs(_ query: RunQuery) async throws -> [ScanRun] {
        var filter = try query.filter()
        let join = query.sourceID == nil ? "" : "JOIN scan_definitions d ON d.id = r.definition_id"
        let limit = try filter.bind(query.limit)
        let sql = """
            SELECT r.* FROM run_view r \(join) \(filter.clause)
            ORDER BY r.created_at DESC, r.id COLLATE "C" DESC LIMIT \(limit)
            """
        return try await read { connection in
            try await connection.rows(filter.query(sql), logger: logger).map { try $0.scanRun() }
        }
    }

    public func runsChanged(since: Date) async throws -> [ScanRun] {
        try await read { connection in
            try await connection.rows(
                """
                SELECT * FROM run_view WHERE status IN ('pending', 'running') OR finished_at >= \(since)
                ORDER BY created_at, id COLLATE "C"
                """,
                logger: logger
            ).map { try $0.scanRun() }
        }
    }
}

extension RunQuery {
    /// The conditions on `scan_runs r` (and `scan_definitions d` when filtering by source).
    fileprivate func filter() throws -> PostgresFilter {
        var filter = PostgresFilter()
        try filter.add("r.tenant_id = ?", tenantID.rawValue)
        try filter.add("r.definition_id = ?", ifSet: definitionID?.rawValue)
        try filter.add("d.source_id = ?", ifSet: sourceID?.rawValue)
        if !statuses.isEmpty {
            try filter.add("r.status = ANY(?)", statuses.map(\.rawValue).sorted())
        }
        if let beforeRun {
            try filter.add(
                """
                (r.created_at, r.id COLLATE "C") < \
                (SELECT created_at, id COLLATE "C" FROM scan_runs WHERE id = ? AND tenant_id = ?)
                """,
                beforeRun.rawValue,
                tenantID.rawValue
            )
        }
        return filter
    }
}
