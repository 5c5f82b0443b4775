/// The control plane's schema: schedules and their fired slots, finding triage, stored
/// rule sets with versions, API tokens, the run event log for live progress, and the
/// request id in audit events.
///
/// The unique `(definition_id, slot)` key of `schedule_fires` is what keeps a slot from
/// firing twice when two schedulers share the store.
enum AddControlPlane {
    static let name = "2026-11-24-add-control-plane"

    static let statements = [
        "ALTER TABLE scan_definitions ADD COLUMN schedule TEXT NOT NULL DEFAULT '{\"kind\":\"manual\",\"timeZone\":\"UTC\"}'",
        "ALTER TABLE scan_definitions ADD COLUMN paused {int} NOT NULL DEFAULT 0",
        "ALTER TABLE scan_definitions ADD COLUMN next_run_at {time}",
        "ALTER TABLE scan_definitions ADD COLUMN rule_set_id TEXT",
        "ALTER TABLE scan_definitions ADD COLUMN rule_set_version {int}",
        "CREATE INDEX scan_definitions_due ON scan_definitions (next_run_at) WHERE paused = 0 AND next_run_at IS NOT NULL",
        """
        CREATE TABLE schedule_fires (
            definition_id TEXT NOT NULL REFERENCES scan_definitions(id) ON DELETE CASCADE,
            tenant_id TEXT NOT NULL, slot {time} NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('started', 'skipped_active')),
            run_id TEXT, fired_at {time} NOT NULL, PRIMARY KEY (definition_id, slot))
        """,
        """
        ALTER TABLE findings ADD COLUMN triage_state TEXT
            CHECK (triage_state IN ('false_positive', 'accepted_risk', 'ignored'))
        """,
        "ALTER TABLE findings ADD COLUMN triage_reason TEXT",
        "ALTER TABLE findings ADD COLUMN triage_actor TEXT",
        "ALTER TABLE findings ADD COLUMN triage_at {time}",
        "CREATE INDEX findings_by_severity ON findings (tenant_id, severity_rank, id)",
        "ALTER TABLE audit_events ADD COLUMN request_id TEXT",
        """
        CREATE TABLE rule_sets (
            id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, name TEXT NOT NULL,
            description TEXT NOT NULL, latest_version {int} NOT NULL DEFAULT 0,
            created_at {time} NOT NULL, updated_at {time} NOT NULL, UNIQUE (tenant_id, name))
        """,
        """
        CREATE TABLE rule_set_versions (
            rule_set_id TEXT NOT NULL REFERENCES rule_sets(id) ON DELETE CASCADE,
            version {int} NOT NULL, document TEXT NOT NULL, created_by TEXT NOT NULL,
            created_at {time} NOT NULL, PRIMARY KEY (rule_set_id, version))
        """,
        """
        CREATE TABLE api_tokens (
            id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('admin', 'operator', 'viewer', 'agent')),
            secret_hash TEXT NOT NULL UNIQUE, prefix TEXT NOT NULL, created_at {time} NOT NULL,
            expires_at {time}, revoked_at {time}, last_used_at {time}, UNIQUE (tenant_id, name))
        """,
        """
        CREATE TABLE run_events (
            id {id}, tenant_id TEXT NOT NULL,
            run_id TEXT NOT NULL REFERENCES scan_runs(id) ON DELETE CASCADE,
            kind TEXT NOT NULL, at {time} NOT NULL, run TEXT NOT NULL)
        """,
        "CREATE INDEX run_events_by_tenant ON run_events (tenant_id, id)",
        "CREATE INDEX run_events_by_run ON run_events (run_id, id)",
        // Control-plane reads, and the child side of foreign keys that cascade on delete.
        "CREATE INDEX scan_definitions_by_source ON scan_definitions (source_id)",
        "CREATE INDEX scan_definitions_by_rule_set ON scan_definitions (rule_set_id) WHERE rule_set_id IS NOT NULL",
        "CREATE INDEX scan_runs_by_definition ON scan_runs (definition_id, created_at)",
        "CREATE INDEX scan_runs_by_finished ON scan_runs (finished_at) WHERE finished_at IS NOT NULL",
        "CREATE INDEX scan_runs_active ON scan_runs (status) WHERE status IN ('pending', 'running')",
        "CREATE INDEX assets_by_parent ON assets (source_id, parent_path, path)",
    ]
}
