import Logging
import PostgresNIO
public import ScanCore

extension PostgresScanStore {
    public func appendAudit(_ event: AuditEvent) async throws {
        try await transaction { connection in try await insertAuditEvent(event, connection) }
    }

    public func appendAudit(_ events: [AuditEvent]) async throws {
        guard !events.isEmpty else { return }
        try await transaction { connection in
            for event in events { try await insertAuditEvent(event, connection) }
        }
    }

    public func auditEvents(tenant: TenantID, limit: Int) async throws -> [AuditEvent] {
        try await auditEvents(AuditQuery(tenantID: tenant, limit: limit))
    }

    /// Events matching every filter the query sets, newest first. The action prefix is
    /// compared with `starts_with`, which is case-sensitive and has no wildcards, like the
    /// SQLite store's escaped `GLOB`.
    public func auditEvents(_ query: AuditQuery) async throws -> [AuditEvent] {
        var filter = PostgresFilter()
        try filter.add("tenant_id = ?", query.tenantID.rawValue)
        try filter.add("starts_with(action, ?)", ifSet: query.actionPrefix)
        try filter.add("actor = ?", ifSet: query.actor)
        try filter.add("target = ?", ifSet: query.target)
        try filter.add("id < ?", ifSet: query.beforeID)
        let limit = try filter.bind(query.limit)
        let sql = "SELECT * FROM audit_events \(filter.clause) ORDER BY id DESC LIMIT \(limit)"
        return try await read { [filter] connection in
            try await connection.rows(filter.query(sql), logger: logger).map { try $0.auditEvent() }
        }
    }

    private func insertAuditEvent(_ event: AuditEvent, _ connection: PostgresConnection) async throws {
        try await connection.run(
            """
            INSERT INTO audit_events (tenant_id, at, actor, action, target, detail, request_id)
            VALUES (\(event.tenantID.rawValue), \(event.at), \(event.actor), \(event.action), \(event.target),
                \(event.detail), \(event.requestID))
            """,
            logger: logger
        )
    }
}
