public import Foundation
import PostgresNIO
public import ScanCore
import ScanStoreSQL

extension PostgresScanStore {
    /// Registers the worker and forgets workers that stopped more than a day ago.
    public func registerWorker(_ worker: WorkerRecord) async throws {
        let role = try JSONColumn.encode(worker.role)
        try await transaction { connection in
            try await connection.run(
                """
                INSERT INTO workers (id, host, pid, role, concurrency, started_at, last_heartbeat_at, stopped_at)
                VALUES (\(worker.id), \(worker.host), \(worker.pid), \(role), \(worker.concurrency),
                    \(worker.startedAt), \(worker.lastHeartbeatAt), NULL)
                ON CONFLICT (id) DO UPDATE SET host = excluded.host, pid = excluded.pid, role = excluded.role,
                    concurrency = excluded.concurrency, last_heartbeat_at = excluded.last_heartbeat_at,
                    stopped_at = NULL
                """,
                logger: logger
            )
            let horizon = worker.startedAt.addingTimeInterval(-86_400)
            try await connection.run(
                "DELETE FROM workers WHERE stopped_at IS NOT NULL AND stopped_at < \(horizon)",
                logger: logger
            )
        }
    }

    public func workerHeartbeat(_ id: String, at: Date) async throws {
        try await transaction { connection in
            try await connection.run(
                "UPDATE workers SET last_heartbeat_at = \(at) WHERE id = \(id)",
                logger: logger
            )
        }
    }

    public func deregisterWorker(_ id: String, at: Date) async throws {
        try await transaction { connection in
            try await connection.run(
                "UPDATE workers SET stopped_at = \(at), last_heartbeat_at = \(at) WHERE id = \(id)",
                logger: logger
            )
        }
    }

    public func workers() async throws -> [WorkerRecord] {
        try await read { connection in
            try await connection.rows(
                """
                SELECT w.*, (SELECT count(*) FROM jobs j WHERE j.state = 'leased' AND j.lease_owner = w.id)
                    AS jobs_held
                FROM workers w ORDER BY w.started_at DESC, w.id
                """,
                logger: logger
            ).map { try $0.workerRecord() }
        }
    }

    public func setTenantConcurrency(_ tenant: TenantID, limit: Int?) async throws {
        try await transaction { connection in
            guard let limit else {
                try await connection.run(
                    "DELETE FROM tenant_limits WHERE tenant_id = \(tenant.rawValue)",
                    logger: logger
                )
                return
            }
            try await connection.run(
                """
                INSERT INTO tenant_limits (tenant_id, max_concurrency) VALUES (\(tenant.rawValue), \(limit))
                ON CONFLICT (tenant_id) DO UPDATE SET max_concurrency = excluded.max_concurrency
                """,
                logger: logger
            )
        }
    }

    public func tenantConcurrency(_ tenant: TenantID) async throws -> Int? {
        try await read { connection in
            try await connection.values(
                "SELECT max_concurrency FROM tenant_limits WHERE tenant_id = \(tenant.rawValue)",
                as: Int.self,
                logger: logger
            ).first
        }
    }
}

extension PostgresRandomAccessRow {
    func workerRecord() throws -> WorkerRecord {
        let role = try json(WorkerRecord.Role.self, "role")
        return WorkerRecord(
            id: try value("id"),
            host: try value("host"),
            pid: try value("pid"),
            kinds: Set(role.kinds),
            sources: Set(role.sources),
            labels: Set(role.labels),
            concurrency: try value("concurrency"),
            startedAt: try value("started_at"),
            lastHeartbeatAt: try value("last_heartbeat_at"),
            stoppedAt: try value("stopped_at"),
            jobsHeld: try value("jobs_held")
        )
    }
}

extension PostgresScanStore {
    public func lead(_ duty: String, holder: String, until: Date, at now: Date) async throws -> Bool {
        try await transaction { connection in
            try await connection.count(
                """
                INSERT INTO leaders (duty, holder, expires_at) VALUES (\(duty), \(holder), \(until))
                ON CONFLICT (duty) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
                WHERE leaders.holder = excluded.holder OR leaders.expires_at < \(now)
                RETURNING 1
                """,
                logger: logger
            ) == 1
        }
    }
}
