/// The schema for ingested reports: findings name their tool, keep the tool's message, end
/// line and tags; definitions may run an external scanner; runs say whether they scanned or ingested and which tool reported; the
/// components a report lists are kept per definition, tool and target.
enum AddIngest {
    static let name = "2026-11-26-add-ingest"

    static let statements = [
        "ALTER TABLE findings ADD COLUMN tool TEXT NOT NULL DEFAULT 'scanlogic'",
        "ALTER TABLE findings ADD COLUMN message TEXT",
        "ALTER TABLE findings ADD COLUMN end_line {int}",
        "ALTER TABLE findings ADD COLUMN tags TEXT NOT NULL DEFAULT '[]'",
        // An ingest fixes the open findings of its tool that it did not see.
        "CREATE INDEX findings_by_tool ON findings (definition_id, tool, status)",
        "ALTER TABLE scan_runs ADD COLUMN origin TEXT NOT NULL DEFAULT 'scan' CHECK (origin IN ('scan', 'ingest'))",
        "ALTER TABLE scan_runs ADD COLUMN tool TEXT",
        "ALTER TABLE scan_runs ADD COLUMN tool_version TEXT",
        "DROP VIEW run_view",
        RunView.create(runColumns: RunView.scaleOutColumns + ["origin", "tool", "tool_version"]),
        """
        CREATE TABLE dependencies (
            definition_id TEXT NOT NULL REFERENCES scan_definitions(id) ON DELETE CASCADE,
            tool TEXT NOT NULL, target TEXT NOT NULL, name TEXT NOT NULL, version TEXT, ecosystem TEXT,
            purl TEXT, tenant_id TEXT NOT NULL, run_id TEXT NOT NULL, seen_at {time} NOT NULL)
        """,
        "CREATE INDEX dependencies_by_scope ON dependencies (definition_id, tool, target)",
        // A definition may run an external scanner instead of the rules (ToolCommand, JSON).
        "ALTER TABLE scan_definitions ADD COLUMN tool_command TEXT",
    ]
}
