/// The schema for many workers on one store: the worker registry (heartbeats and roles),
/// source labels for worker roles, per-source and per-tenant concurrency caps, and the
/// source of each job so caps are counted without joins, and leases on process-wide
/// duties so that one of several servers performs each. Run counters get shards, which
/// the PostgreSQL store adds to (the single SQLite writer keeps the run's own columns).
public enum AddScaleOut {
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
        // Run counters in shards: many workers add to different rows instead of queueing
        // on the run's row. A run's totals are its own columns plus its shards (run_view).
        """
        CREATE TABLE run_counters (
            run_id TEXT NOT NULL REFERENCES scan_runs(id) ON DELETE CASCADE, shard {int} NOT NULL,
            open_jobs {int} NOT NULL DEFAULT 0, enumerated {int} NOT NULL DEFAULT 0,
            scanned {int} NOT NULL DEFAULT 0, finalized {int} NOT NULL DEFAULT 0, failed {int} NOT NULL DEFAULT 0,
            bytes {int} NOT NULL DEFAULT 0, findings_new {int} NOT NULL DEFAULT 0,
            findings_unchanged {int} NOT NULL DEFAULT 0, findings_fixed {int} NOT NULL DEFAULT 0,
            findings_reopened {int} NOT NULL DEFAULT 0, PRIMARY KEY (run_id, shard))
        """,
        runView,
        // One holder per process-wide duty (the live-event publisher), by expiring lease.
        "CREATE TABLE leaders (duty TEXT PRIMARY KEY, holder TEXT NOT NULL, expires_at {time} NOT NULL)",
    ]

    /// The counters kept both on the run and in its shards.
    public static let counterColumns = [
        "open_jobs", "enumerated", "scanned", "finalized", "failed", "bytes", "findings_new", "findings_unchanged",
        "findings_fixed", "findings_reopened",
    ]

    /// Runs with their totals: the run's own counters plus the sum of its shards.
    private static var runView: String {
        RunView.create(runColumns: RunView.scaleOutColumns)
    }
}
