public import Foundation
import GRDB
public import ScanCore
import ScanStoreSQL

extension SQLiteScanStore {
    public func job(_ id: Int64, tenant: TenantID) async throws -> Job? {
        try await read { db in
            try Row.fetchOne(
                db,
                sql: "SELECT * FROM jobs WHERE id = ? AND tenant_id = ?",
                arguments: [id, tenant.rawValue]
            )?.job()
        }
    }

    public func registerAgent(_ registration: AgentRegistration) async throws -> AgentRecord {
        let capabilities = try JSONColumn.encode(registration.capabilities)
        let tools = try JSONColumn.encode(registration.tools)
        let labels = try JSONColumn.encode(registration.labels)
        return try await write { db in
            try db.execute(
                sql: """
                    INSERT INTO agents (id, tenant_id, name, token_id, capabilities, tools, labels, max_jobs, host,
                        version, registered_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (token_id) DO UPDATE SET name = excluded.name,
                        capabilities = excluded.capabilities, tools = excluded.tools, labels = excluded.labels,
                        max_jobs = excluded.max_jobs, host = excluded.host, version = excluded.version
                    """,
                arguments: [
                    Identifier<AgentRecord>.random().rawValue, registration.tenantID.rawValue, registration.name,
                    registration.tokenID.rawValue, capabilities, tools, labels, registration.maxJobs,
                    registration.host, registration.version, registration.at,
                ]
            )
            return try db.agent(token: registration.tokenID)
        }
    }

    public func agent(token: Identifier<APIToken>) async throws -> AgentRecord? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM agents WHERE token_id = ?", arguments: [token.rawValue])?
                .agentRecord()
        }
    }

    public func agentHeartbeat(token: Identifier<APIToken>, activeJobs: Int, at: Date) async throws -> AgentRecord? {
        try await write { db in
            try db.execute(
                sql: "UPDATE agents SET last_heartbeat_at = ?, active_jobs = ? WHERE token_id = ?",
                arguments: [at, activeJobs, token.rawValue]
            )
            guard db.changesCount > 0 else { return nil }
            return try db.agent(token: token)
        }
    }

    public func agents(tenant: TenantID) async throws -> [AgentRecord] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT * FROM agents WHERE tenant_id = ? ORDER BY name",
                arguments: [tenant.rawValue]
            )
            .map { try $0.agentRecord() }
        }
    }

    public func agent(_ id: Identifier<AgentRecord>, tenant: TenantID) async throws -> AgentRecord? {
        try await read { db in
            try Row.fetchOne(
                db,
                sql: "SELECT * FROM agents WHERE id = ? AND tenant_id = ?",
                arguments: [id.rawValue, tenant.rawValue]
            )?.agentRecord()
        }
    }

    public func setAgentStatus(
        _ id: Identifier<AgentRecord>,
        tenant: TenantID,
        status: AgentStatus
    ) async throws -> AgentRecord {
        try await write { db in
            try db.execute(
                sql: "UPDATE agents SET status = ? WHERE id = ? AND tenant_id = ?",
                arguments: [status.rawValue, id.rawValue, tenant.rawValue]
            )
            guard
                db.changesCount > 0,
                let row = try Row.fetchOne(db, sql: "SELECT * FROM agents WHERE id = ?", arguments: [id.rawValue])
            else { throw ScanError(.notFound, "agent \(id) not found") }
            return try row.agentRecord()
        }
    }
}

extension Database {
    fileprivate func agent(token: Identifier<APIToken>) throws -> AgentRecord {
        guard
            let row = try Row.fetchOne(
                self,
                sql: "SELECT * FROM agents WHERE token_id = ?",
                arguments: [token.rawValue]
            )
        else { throw ScanError(.notFound, "no agent registered with this token") }
        return try row.agentRecord()
    }
}

extension Row {
    fileprivate func agentRecord() throws -> AgentRecord {
        AgentRecord(
            id: Identifier(self["id"]),
            tenantID: TenantID(self["tenant_id"]),
            name: self["name"],
            tokenID: Identifier(self["token_id"]),
            status: try enumValue(AgentStatus.self, "status"),
            capabilities: try JSONColumn.decode([String].self, from: self["capabilities"]),
            tools: try JSONColumn.decode([String].self, from: self["tools"]),
            labels: try JSONColumn.decode([String].self, from: self["labels"]),
            maxJobs: self["max_jobs"],
            activeJobs: self["active_jobs"],
            host: self["host"],
            version: self["version"],
            registeredAt: self["registered_at"],
            lastHeartbeatAt: self["last_heartbeat_at"]
        )
    }
}
