import Foundation
import GRDB
public import ScanCore

extension SQLiteScanStore {
    public func findings(_ query: FindingQuery) async throws -> [Finding] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM findings WHERE tenant_id = ?
                      AND (? IS NULL OR definition_id = ?) AND (? IS NULL OR last_seen_run = ?)
                      AND (? IS NULL OR status = ?) AND severity_rank >= ? AND id > ?
                    ORDER BY id LIMIT ?
                    """,
                arguments: [
                    query.tenantID.rawValue, query.definitionID?.rawValue, query.definitionID?.rawValue,
                    query.lastSeenRun?.rawValue, query.lastSeenRun?.rawValue, query.status?.rawValue,
                    query.status?.rawValue, query.minSeverity.map(SeverityRank.of) ?? 0, query.afterID ?? 0,
                    query.limit,
                ]
            ).map { try $0.finding() }
        }
    }

    public func assets(source: Identifier<DataSource>, tenant: TenantID) async throws -> [Asset] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT * FROM assets WHERE source_id = ? AND tenant_id = ? ORDER BY path",
                arguments: [source.rawValue, tenant.rawValue]
            ).map { try $0.asset() }
        }
    }

    public func appendAudit(_ event: AuditEvent) async throws {
        try await write { db in try db.audit(event) }
    }

    public func auditEvents(tenant: TenantID, limit: Int) async throws -> [AuditEvent] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT * FROM audit_events WHERE tenant_id = ? ORDER BY id DESC LIMIT ?",
                arguments: [tenant.rawValue, limit]
            ).map { $0.auditEvent() }
        }
    }
}
