public import Foundation
import GRDB
public import ScanCore

extension SQLiteScanStore {
    /// Runs ordered by `created_at` then `id`, both descending; `beforeRun` pages past a run
    /// of the tenant (an unknown cursor gives an empty page).
    public func runs(_ query: RunQuery) async throws -> [ScanRun] {
        let filter = query.filter
        let join = query.sourceID == nil ? "" : "JOIN scan_definitions d ON d.id = r.definition_id"
        return try await read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT r.* FROM scan_runs r \(join) \(filter.clause) ORDER BY r.created_at DESC, r.id DESC LIMIT ?",
                arguments: filter.arguments + [query.limit]
            ).map { try $0.scanRun() }
        }
    }

    public func runsChanged(since: Date) async throws -> [ScanRun] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM scan_runs WHERE status IN ('pending', 'running') OR finished_at >= ?
                    ORDER BY created_at, id
                    """,
                arguments: [since]
            ).map { try $0.scanRun() }
        }
    }
}

extension RunQuery {
    /// The conditions on `scan_runs r` (and `scan_definitions d` when filtering by source).
    fileprivate var filter: SQLFilter {
        var filter = SQLFilter()
        filter.add("r.tenant_id = ?", tenantID.rawValue)
        filter.add("r.definition_id = ?", ifSet: definitionID?.rawValue)
        filter.add("d.source_id = ?", ifSet: sourceID?.rawValue)
        if !statuses.isEmpty {
            let names = statuses.map(\.rawValue).sorted()
            filter.add("r.status IN (\(databaseQuestionMarks(count: names.count)))", arguments: names)
        }
        if let beforeRun {
            filter.add(
                "(r.created_at, r.id) < (SELECT created_at, id FROM scan_runs WHERE id = ? AND tenant_id = ?)",
                beforeRun.rawValue,
                tenantID.rawValue
            )
        }
        return filter
    }
}
