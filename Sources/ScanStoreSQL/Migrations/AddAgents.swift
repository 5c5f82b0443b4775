/// The agent registry: processes near the data that register with an agent token (one
/// agent per token), say what they can reach, and send heartbeats.
enum AddAgents {
    static let name = "2026-11-27-add-agents"

    static let statements = [
        """
        CREATE TABLE agents (
            id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, name TEXT NOT NULL, token_id TEXT NOT NULL UNIQUE,
            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled', 'revoked')),
            capabilities TEXT NOT NULL, tools TEXT NOT NULL, labels TEXT NOT NULL,
            max_jobs {int} NOT NULL CHECK (max_jobs >= 1), active_jobs {int} NOT NULL DEFAULT 0,
            host TEXT, version TEXT, registered_at {time} NOT NULL, last_heartbeat_at {time},
            UNIQUE (tenant_id, name))
        """
    ]
}
