import GRDB
import ScanCore
import ScanStoreSQL

/// The claim's condition on where a source's jobs run (``ScanCore/SourcePlacement``).
extension ClaimSQL {
    /// A server worker's claim leaves out the enumerations and scans of agent-placed
    /// sources; an agent's takes only those, within its scope. `s` is the job's source.
    static func placementFilter(_ agent: AgentClaimScope?) throws -> (sql: String, arguments: StatementArguments) {
        let sourceKinds = ClaimAdmission.sourceKindsSQL
        guard let agent else {
            return (" AND (j.kind NOT IN \(sourceKinds) OR s.runs_on IS NOT 'agent')", [])
        }
        var sql = " AND j.kind IN \(sourceKinds) AND s.runs_on = 'agent'"
        var arguments = StatementArguments()
        if let tenant = agent.tenantID {
            sql += " AND j.tenant_id = ?"
            arguments += [tenant.rawValue]
        }
        if let kinds = agent.sourceKinds {
            sql += " AND s.kind IN (SELECT value FROM json_each(?))"
            arguments += [try JSONColumn.encode(kinds)]
        }
        if let labels = agent.labels {
            // Every label of the source must be one of the agent's.
            sql +=
                " AND NOT EXISTS (SELECT 1 FROM json_each(s.labels) sl WHERE sl.value NOT IN (SELECT value FROM json_each(?)))"
            arguments += [try JSONColumn.encode(labels)]
        }
        if let tools = agent.tools {
            sql += " AND (j.kind <> 'enumerate' OR NOT EXISTS (\(toolMissing)))"
            arguments += [try JSONColumn.encode(tools)]
        }
        return (sql, arguments)
    }

    /// The job's definition runs an external tool whose executable is not among the
    /// agent's tools (by name, or as the last part of a path).
    private static let toolMissing = """
        SELECT 1 FROM scan_runs r JOIN scan_definitions d ON d.id = r.definition_id
        WHERE r.id = j.run_id AND d.tool_command IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM json_each(?) t
            WHERE json_extract(d.tool_command, '$.arguments[0]') = t.value
               OR json_extract(d.tool_command, '$.arguments[0]') LIKE '%/' || t.value)
        """
}
