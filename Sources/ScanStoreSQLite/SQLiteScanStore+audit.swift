import Foundation
import GRDB
public import ScanCore

extension SQLiteScanStore {
    public func auditEvents(_ query: AuditQuery) async throws -> [AuditEvent] {
        var filter = SQLFilter()
        filter.add("tenant_id = ?", query.tenantID.rawValue)
        filter.add("action GLOB ?", ifSet: query.actionPrefix.map(GlobPattern.prefix))
        filter.add("actor = ?", ifSet: query.actor)
        filter.add("target = ?", ifSet: query.target)
        filter.add("id < ?", ifSet: query.beforeID)
        return try await read { [filter] db in
            try Row.fetchAll(
                db,
                sql: "SELECT * FROM audit_events \(filter.clause) ORDER BY id DESC LIMIT ?",
                arguments: filter.arguments + [query.limit]
            ).map { $0.auditEvent() }
        }
    }
}
