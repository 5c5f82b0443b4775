public import Foundation
import Logging
import PostgresNIO
public import ScanCore
import ScanStoreSQL

extension PostgresScanStore {
    public func job(_ id: Int64, tenant: TenantID) async throws -> Job? {
        try await read { connection in
            try await connection.row(
                "SELECT \(unescaped: jobColumns) FROM jobs WHERE id = \(id) AND tenant_id = \(tenant.rawValue)",
                logger: logger
            )?.job()
        }
    }

    public func registerAgent(_ registration: AgentRegistration) async throws -> AgentRecord {
        let capabilities = try JSONColumn.encode(registration.capabilities)
        let tools = try JSONColumn.encode(registration.tools)
        let labels = try JSONColumn.encode(registration.labels)
        let id = Identifier<AgentRecord>.random().rawValue
        return try await transaction { connection in
            let row = try await connection.row(
                """
                INSERT INTO agents (id, tenant_id, name, token_id, capabilities, tools, labels, max_jobs, host,
                    version, registered_at)
                VALUES (\(id), \(registration.tenantID.rawValue), \(registration.name),
                    \(registration.tokenID.rawValue), \(capabilities), \(tools), \(labels), \(registration.maxJobs),
                    \(registration.host), \(registration.version), \(registration.at))
                ON CONFLICT (token_id) DO UPDATE SET name = excluded.name,
                    capabilities = excluded.capabilities, tools = excluded.tools, labels = excluded.labels,
                    max_jobs = excluded.max_jobs, host = excluded.host, version = excluded.version
                RETURNING *
                """,
                logger: logger
            )
            guard let row else { throw ScanError(.storage, "the agent was not registered") }
            return try row.agentRecord()
        }
    }

    public func agent(token: Identifier<APIToken>) async throws -> AgentRecord? {
        try await read { connection in
            try await connection.row("SELECT * FROM agents WHERE token_id = \(token.rawValue)", logger: logger)?
                .agentRecord()
        }
    }

    public func agentHeartbeat(token: Identifier<APIToken>, activeJobs: Int, at: Date) async throws -> AgentRecord? {
        try await transaction { connection in
            try await connection.row(
                """
                UPDATE agents SET last_heartbeat_at = \(at), active_jobs = \(activeJobs)
                WHERE token_id = \(token.rawValue) RETURNING *
                """,
                logger: logger
            )?.agentRecord()
        }
    }

    public func agents(tenant: TenantID) async throws -> [AgentRecord] {
        try await read { connection in
            try await connection.rows(
                "SELECT * FROM agents WHERE tenant_id = \(tenant.rawValue) ORDER BY name",
                logger: logger
            ).map { try $0.agentRecord() }
        }
    }

    public func agent(_ id: Identifier<AgentRecord>, tenant: TenantID) async throws -> AgentRecord? {
        try await read { connection in
            try await connection.row(
                "SELECT * FROM agents WHERE id = \(id.rawValue) AND tenant_id = \(tenant.rawValue)",
                logger: logger
            )?.agentRecord()
        }
    }

    public func setAgentStatus(
        _ id: Identifier<AgentRecord>,
        tenant: TenantID,
        status: AgentStatus
    ) async throws -> AgentRecord {
        let row = try await transaction { connection in
            try await connection.row(
                """
                UPDATE agents SET status = \(status.rawValue)
                WHERE id = \(id.rawValue) AND tenant_id = \(tenant.rawValue) RETURNING *
                """,
                logger: logger
            )
        }
        guard let row else { throw ScanError(.notFound, "agent \(id) not found") }
        return try row.agentRecord()
    }
}

extension PostgresRandomAccessRow {
    fileprivate func agentRecord() throws -> AgentRecord {
        AgentRecord(
            id: Identifier(try value("id")),
            tenantID: TenantID(try value("tenant_id")),
            name: try value("name"),
            tokenID: Identifier(try value("token_id")),
            status: try enumValue(AgentStatus.self, "status"),
            capabilities: try JSONColumn.decode([String].self, from: try value("capabilities")),
            tools: try JSONColumn.decode([String].self, from: try value("tools")),
            labels: try JSONColumn.decode([String].self, from: try value("labels")),
            maxJobs: try value("max_jobs"),
            activeJobs: try value("active_jobs"),
            host: try value("host"),
            version: try value("version"),
            registeredAt: try value("registered_at"),
            lastHeartbeatAt: try value("last_heartbeat_at")
        )
    }
}
