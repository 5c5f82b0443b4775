/// The first schema: sources, definitions, runs, the job queue, per-run object outcomes,
/// the asset catalog, findings and the audit log.
///
/// Column names are snake_case and types are portable so the PostgreSQL store can share
/// the schema. Invariants live here: foreign keys, NOT NULL, one active run per
/// definition, one job per idempotency key, one finding per fingerprint and definition.
enum CreateCoreSchema {
    static let name = "2026-11-23-create-core-schema"

    static let statements = [
        """
        CREATE TABLE sources (
            id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('filesystem', 'sqlite', 'postgres')),
            location TEXT NOT NULL, options TEXT NOT NULL, credential_env TEXT,
            created_at {time} NOT NULL, UNIQUE (tenant_id, name))
        """,
        """
        CREATE TABLE scan_definitions (
            id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, name TEXT NOT NULL,
            source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            scope_include TEXT NOT NULL, scope_exclude TEXT NOT NULL, rule_set TEXT,
            priority {int} NOT NULL, created_at {time} NOT NULL, UNIQUE (tenant_id, name))
        """,
        """
        CREATE TABLE scan_runs (
            id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL,
            definition_id TEXT NOT NULL REFERENCES scan_definitions(id) ON DELETE CASCADE,
            status TEXT NOT NULL CHECK (status IN ('pending', 'running', 'completed', 'failed', 'cancelled')),
            enumeration_done {int} NOT NULL DEFAULT 0, cancel_requested {int} NOT NULL DEFAULT 0,
            open_jobs {int} NOT NULL DEFAULT 0 CHECK (open_jobs >= 0),
            enumerated {int} NOT NULL DEFAULT 0, scanned {int} NOT NULL DEFAULT 0,
            finalized {int} NOT NULL DEFAULT 0, failed {int} NOT NULL DEFAULT 0,
            bytes {int} NOT NULL DEFAULT 0, findings_new {int} NOT NULL DEFAULT 0,
            findings_unchanged {int} NOT NULL DEFAULT 0, findings_fixed {int} NOT NULL DEFAULT 0,
            findings_reopened {int} NOT NULL DEFAULT 0, error TEXT,
            created_at {time} NOT NULL, started_at {time}, finished_at {time})
        """,
        """
        CREATE UNIQUE INDEX scan_runs_one_active ON scan_runs (definition_id)
            WHERE status IN ('pending', 'running')
        """,
        "CREATE INDEX scan_runs_by_tenant ON scan_runs (tenant_id, created_at)",
        """
        CREATE TABLE jobs (
            id {id}, tenant_id TEXT NOT NULL,
            run_id TEXT NOT NULL REFERENCES scan_runs(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('enumerate', 'scan', 'finalize', 'act')),
            parent_id {int}, idempotency_key TEXT NOT NULL, priority {int} NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('ready', 'leased', 'done', 'dead', 'cancelled')),
            attempts {int} NOT NULL DEFAULT 0, max_attempts {int} NOT NULL CHECK (max_attempts >= 1),
            run_after {time} NOT NULL, lease_owner TEXT, lease_expires_at {time}, last_error TEXT,
            payload TEXT NOT NULL, created_at {time} NOT NULL, finished_at {time},
            UNIQUE (tenant_id, idempotency_key))
        """,
        "CREATE INDEX jobs_ready ON jobs (state, priority DESC, id) WHERE state = 'ready'",
        "CREATE INDEX jobs_leased ON jobs (state, lease_expires_at) WHERE state = 'leased'",
        "CREATE INDEX jobs_by_run ON jobs (run_id, state)",
        """
        CREATE TABLE run_objects (
            run_id TEXT NOT NULL REFERENCES scan_runs(id) ON DELETE CASCADE, path TEXT NOT NULL,
            outcome TEXT NOT NULL, reason TEXT, bytes_read {int} NOT NULL, finding_count {int} NOT NULL,
            finalized_at {time} NOT NULL, PRIMARY KEY (run_id, path))
        """,
        """
        CREATE TABLE assets (
            id {id}, tenant_id TEXT NOT NULL,
            source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            path TEXT NOT NULL, parent_path TEXT, kind TEXT NOT NULL, size {int}, data_type TEXT,
            classifications TEXT NOT NULL, first_seen_run TEXT NOT NULL, last_seen_run TEXT NOT NULL,
            first_seen_at {time} NOT NULL, last_seen_at {time} NOT NULL, last_outcome TEXT,
            UNIQUE (source_id, path))
        """,
        """
        CREATE TABLE findings (
            id {id}, tenant_id TEXT NOT NULL,
            definition_id TEXT NOT NULL REFERENCES scan_definitions(id) ON DELETE CASCADE,
            fingerprint TEXT NOT NULL, rule_id TEXT NOT NULL, category TEXT NOT NULL,
            severity TEXT NOT NULL, severity_rank {int} NOT NULL, object_path TEXT NOT NULL,
            asset_path TEXT NOT NULL, line {int}, col {int}, value_hash TEXT NOT NULL,
            preview TEXT NOT NULL, confidence {real} NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('open', 'fixed')),
            last_change TEXT NOT NULL CHECK (last_change IN ('new', 'unchanged', 'fixed', 'reopened')),
            first_seen_run TEXT NOT NULL, last_seen_run TEXT NOT NULL,
            first_seen_at {time} NOT NULL, last_seen_at {time} NOT NULL,
            UNIQUE (definition_id, fingerprint))
        """,
        "CREATE INDEX findings_by_tenant ON findings (tenant_id, id)",
        "CREATE INDEX findings_by_object ON findings (definition_id, status, object_path)",
        """
        CREATE TABLE audit_events (
            id {id}, tenant_id TEXT NOT NULL, at {time} NOT NULL,
            actor TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL, detail TEXT)
        """,
        "CREATE INDEX audit_by_tenant ON audit_events (tenant_id, id)",
    ]
}
