import Foundation
import GRDB
public import ScanCore

extension SQLiteScanStore {
    public func finding(_ id: Int64, tenant: TenantID) async throws -> Finding? {
        try await read { db in
            try Row.fetchOne(
                db,
                sql: "SELECT \(FindingColumns.list) FROM findings f WHERE f.id = ? AND f.tenant_id = ?",
                arguments: [id, tenant.rawValue]
            )?.finding()
        }
    }

    /// Writes or clears the four triage columns together; merging later runs never touches
    /// them, so the decision survives the finding being seen again or fixed.
    public func triage(_ ids: [Int64], tenant: TenantID, triage: FindingTriage?) async throws -> [Finding] {
        guard !ids.isEmpty else { return [] }
        let marks = databaseQuestionMarks(count: ids.count)
        let scope = StatementArguments([tenant.rawValue]) + StatementArguments(ids)
        return try await write { db in
            try db.execute(
                sql: """
                    UPDATE findings SET triage_state = ?, triage_reason = ?, triage_actor = ?, triage_at = ?
                    WHERE tenant_id = ? AND id IN (\(marks))
                    """,
                arguments: [triage?.state.rawValue, triage?.reason, triage?.actor, triage?.at] + scope
            )
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT \(FindingColumns.list) FROM findings f
                    WHERE f.tenant_id = ? AND f.id IN (\(marks)) ORDER BY f.id
                    """,
                arguments: scope
            ).map { try $0.finding() }
        }
    }
}
