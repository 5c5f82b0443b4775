public import Foundation
import GRDB
public import ScanCore
import ScanStoreSQL

extension SQLiteScanStore {
    /// Registers the worker and forgets workers that stopped more than a day ago.
    public func registerWorker(_ worker: WorkerRecord) async throws {
        let role = try JSONColumn.encode(worker.role)
        try await write { db in
            try db.execute(
                sql: """
                    INSERT INTO workers (id, host, pid, role, concurrency, started_at, last_heartbeat_at, stopped_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, NULL)
                    ON CONFLICT (id) DO UPDATE SET host = excluded.host, pid = excluded.pid, role = excluded.role,
                        concurrency = excluded.concurrency, last_heartbeat_at = excluded.last_heartbeat_at,
                        stopped_at = NULL
                    """,
                arguments: [
                    worker.id, worker.host, worker.pid, role, worker.concurrency, worker.startedAt,
                    worker.lastHeartbeatAt,
                ]
            )
            try db.execute(
                sql: "DELETE FROM workers WHERE stopped_at IS NOT NULL AND stopped_at < ?",
                arguments: [worker.startedAt.addingTimeInterval(-86_400)]
            )
        }
    }

    public func workerHeartbeat(_ id: String, at: Date) async throws {
        try await write { db in
            try db.execute(sql: "UPDATE workers SET last_heartbeat_at = ? WHERE id = ?", arguments: [at, id])
        }
    }

    public func deregisterWorker(_ id: String, at: Date) async throws {
        try await write { db in
            try db.execute(
                sql: "UPDATE workers SET stopped_at = ?, last_heartbeat_at = ? WHERE id = ?",
                arguments: [at, at, id]
            )
        }
    }

    public func workers() async throws -> [WorkerRecord] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT w.*, (SELECT count(*) FROM jobs j WHERE j.state = 'leased' AND j.lease_owner = w.id)
                        AS jobs_held
                    FROM workers w ORDER BY w.started_at DESC, w.id
                    """
            ).map { try $0.workerRecord() }
        }
    }

    public func setTenantConcurrency(_ tenant: TenantID, limit: Int?) async throws {
        try await write { db in
            guard let limit else {
                try db.execute(sql: "DELETE FROM tenant_limits WHERE tenant_id = ?", arguments: [tenant.rawValue])
                return
            }
            try db.execute(
                sql: """
                    INSERT INTO tenant_limits (tenant_id, max_concurrency) VALUES (?, ?)
                    ON CONFLICT (tenant_id) DO UPDATE SET max_concurrency = excluded.max_concurrency
                    """,
                arguments: [tenant.rawValue, limit]
            )
        }
    }

    public func tenantConcurrency(_ tenant: TenantID) async throws -> Int? {
        try await read { db in
            try Int.fetchOne(
                db,
                sql: "SELECT max_concurrency FROM tenant_limits WHERE tenant_id = ?",
                arguments: [tenant.rawValue]
            )
        }
    }
}

extension Row {
    func workerRecord() throws -> WorkerRecord {
        let role = try JSONColumn.decode(WorkerRecord.Role.self, from: self["role"])
        return WorkerRecord(
            id: self["id"],
            host: self["host"],
            pid: self["pid"],
            kinds: Set(role.kinds),
            sources: Set(role.sources),
            labels: Set(role.labels),
            concurrency: self["concurrency"],
            startedAt: self["started_at"],
            lastHeartbeatAt: self["last_heartbeat_at"],
            stoppedAt: self["stopped_at"],
            jobsHeld: self["jobs_held"]
        )
    }
}

extension SQLiteScanStore {
    public func lead(_ duty: String, holder: String, until: Date, at now: Date) async throws -> Bool {
        try await write { db in
            try db.execute(
                sql: """
                    INSERT INTO leaders (duty, holder, expires_at) VALUES (?, ?, ?)
                    ON CONFLICT (duty) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
                    WHERE leaders.holder = excluded.holder OR leaders.expires_at < ?
                    """,
                arguments: [duty, holder, until, now]
            )
            return db.changesCount == 1
        }
    }
}
