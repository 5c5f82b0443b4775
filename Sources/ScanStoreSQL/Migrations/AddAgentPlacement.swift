/// Sources placed on agents: their enumerations and scans are claimed by agents over the
/// API instead of by the server's workers.
enum AddAgentPlacement {
    static let name = "2026-11-28-add-agent-placement"

    static let statements = [
        "ALTER TABLE sources ADD COLUMN runs_on TEXT NOT NULL DEFAULT 'server' CHECK (runs_on IN ('server', 'agent'))"
    ]
}
