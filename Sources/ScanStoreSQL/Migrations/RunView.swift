/// `run_view`: runs with their totals, the run's own counters plus the sum of its shards.
///
/// The view names its columns, so a migration that adds a run column drops and creates it
/// again with the longer list; each migration keeps the list it was written with.
enum RunView {
    /// The run columns as `AddScaleOut` created the view.
    static let scaleOutColumns = [
        "id", "tenant_id", "definition_id", "status", "enumeration_done", "cancel_requested", "error", "created_at",
        "started_at", "finished_at",
    ]

    /// The statement creating the view over `runColumns` and every counter.
    static func create(runColumns: [String]) -> String {
        let columns = runColumns.map { "r.\($0)" }.joined(separator: ", ")
        let totals = AddScaleOut.counterColumns.map { column in
            "CAST(r.\(column) + COALESCE((SELECT sum(c.\(column)) FROM run_counters c WHERE c.run_id = r.id), 0)"
                + " AS BIGINT) AS \(column)"
        }
        return "CREATE VIEW run_view AS SELECT \(columns), \(totals.joined(separator: ", ")) FROM scan_runs r"
    }
}
