import Foundation
import GRDB
public import ScanCore

extension SQLiteScanStore {
    public func findings(_ query: FindingQuery) async throws -> [Finding] {
        let filter = query.filter
        let join = query.sourceID == nil ? "" : "JOIN scan_definitions d ON d.id = f.definition_id"
        return try await read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT \(FindingColumns.list) FROM findings f \(join) \(filter.clause) ORDER BY f.id LIMIT ?",
                arguments: filter.arguments + [query.limit]
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

    public func appendAudit(_ events: [AuditEvent]) async throws {
        guard !events.isEmpty else { return }
        try await write { db in
            for event in events { try db.audit(event) }
        }
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
