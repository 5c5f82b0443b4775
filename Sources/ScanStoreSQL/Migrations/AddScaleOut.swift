/// The schema for many workers on one store: the worker registry (heartbeats and roles),
/// source labels for worker roles, per-source and per-tenant concurrency caps, and the
/// source of each job so caps are counted without joins, and leases on process-wide
/// duties so that one of several servers performs each.
enum AddScaleOut {
    static let name = "2026-11-25-add-scale-out"

    static let statements = [
        "ALTER TABLE sources ADD COLUMN labels TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE sources ADD COLUMN max_concurrency {int} CHECK (max_concurrency >= 1)",
        """
        CREATE TABLE tenant_limits (
            tenant_id TEXT PRIMARY KEY, max_concurrency {int} NOT NULL CHECK (max_concurrency >= 1))
        """,
        "ALTER TABLE jobs ADD COLUMN source_id TEXT",
        "CREATE INDEX jobs_leased_by_owner ON jobs (lease_owner) WHERE state = 'leased'",
        "CREATE INDEX jobs_leased_by_source ON jobs (source_id) WHERE state = 'leased'",
        "CREATE INDEX jobs_leased_by_tenant ON jobs (tenant_id) WHERE state = 'leased'",
        """
        CREATE TABLE workers (
            id TEXT PRIMARY KEY, host TEXT NOT NULL, pid {int} NOT NULL, role TEXT NOT NULL,
            concurrency {int} NOT NULL, started_at {time} NOT NULL, last_heartbeat_at {time} NOT NULL,
            stopped_at {time})
        """,
        "CREATE INDEX workers_by_heartbeat ON workers (last_heartbeat_at)",
        // One holder per process-wide duty (the live-event publisher), by expiring lease.
        "CREATE TABLE leaders (duty TEXT PRIMARY KEY, holder TEXT NOT NULL, expires_at {time} NOT NULL)",
    ]
}
