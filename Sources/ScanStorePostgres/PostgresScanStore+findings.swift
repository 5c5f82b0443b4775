import Foundation
import PostgresNIO
public import ScanCore
import ScanStoreSQL

extension PostgresScanStore {
    public func findings(_ query: FindingQuery) async throws -> [Finding] {
        var filter = try query.filter()
        let join = query.sourceID == nil ? "" : "JOIN scan_definitions d ON d.id = f.definition_id"
        let limit = try filter.bind(query.limit)
        let sql = "SELECT f.* FROM findings f \(join) \(filter.clause) ORDER BY f.id LIMIT \(limit)"
        return try await read { connection in
            try await connection.rows(filter.query(sql), logger: logger).map { try $0.finding() }
        }
    }

    public func finding(_ id: Int64, tenant: TenantID) async throws -> Finding? {
        try await read { connection in
            try await connection.row(
                "SELECT f.* FROM findings f WHERE f.id = \(id) AND f.tenant_id = \(tenant.rawValue)",
                logger: logger
            )?.finding()
        }
    }

    /// Writes or clears the four triage columns together; merging later runs never touches
    /// them, so the decision survives the finding being seen again or fixed.
    public func triage(_ ids: [Int64], tenant: TenantID, triage: FindingTriage?) async throws -> [Finding] {
        guard !ids.isEmpty else { return [] }
        let updated = try await transaction { connection in
            try await connection.rows(
                """
                UPDATE findings f SET triage_state = \(triage?.state.rawValue), triage_reason = \(triage?.reason),
                    triage_actor = \(triage?.actor), triage_at = \(triage?.at)
                WHERE f.tenant_id = \(tenant.rawValue) AND f.id = ANY(\(ids))
                RETURNING f.*
                """,
                logger: logger
            ).map { try $0.finding() }
        }
        return updated.sorted { $0.id < $1.id }
    }
}

extension FindingQuery {
    /// The conditions on `findings f` (and `scan_definitions d` when filtering by source),
    /// as in the SQLite store.
    fileprivate func filter() throws -> PostgresFilter {
        var filter = PostgresFilter()
        try filter.add("f.tenant_id = ?", tenantID.rawValue)
        try filter.add("f.definition_id = ?", ifSet: definitionID?.rawValue)
        try filter.add("f.last_seen_run = ?", ifSet: lastSeenRun?.rawValue)
        try filter.add("f.status = ?", ifSet: status?.rawValue)
        try filter.add("f.severity_rank >= ?", ifSet: minSeverity.map(SeverityRank.of))
        try filter.add("d.source_id = ?", ifSet: sourceID?.rawValue)
        try filter.add("f.rule_id = ?", ifSet: ruleID)
        try filter.add("f.category = ?", ifSet: category?.rawValue)
        switch triage {
        case .any: break
        case .untriaged: try filter.add("f.triage_state IS NULL")
        case .state(let state): try filter.add("f.triage_state = ?", state.rawValue)
        }
        // `starts_with` compares literally and by case, like the SQLite store's `GLOB` prefix.
        try filter.add("starts_with(f.asset_path, ?)", ifSet: assetPathPrefix)
        try filter.add("f.id > ?", ifSet: afterID)
        return filter
    }
}
