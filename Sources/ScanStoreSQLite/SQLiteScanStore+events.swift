import Foundation
import GRDB
public import ScanCore
import ScanStoreSQL

extension SQLiteScanStore {
    /// Stores the events in order; each keeps a JSON snapshot of its run so a client that
    /// resumes later sees the run as it was then.
    public func appendRunEvents(_ events: [RunEvent]) async throws -> [RunEvent] {
        guard !events.isEmpty else { return [] }
        let snapshots = try events.map { try JSONColumn.encode($0.run) }
        return try await write { db in
            let statement = try db.cachedStatement(
                sql: "INSERT INTO run_events (tenant_id, run_id, kind, at, run) VALUES (?, ?, ?, ?, ?)"
            )
            var stored = events
            for index in stored.indices {
                let event = stored[index]
                try statement.execute(arguments: [
                    event.tenantID.rawValue, event.runID.rawValue, event.kind.rawValue, event.at, snapshots[index],
                ])
                stored[index].id = db.lastInsertedRowID
            }
            return stored
        }
    }

    public func runEvents(
        tenant: TenantID,
        run: Identifier<ScanRun>?,
        afterID: Int64,
        limit: Int
    ) async throws -> [RunEvent] {
        var filter = SQLFilter()
        filter.add("tenant_id = ?", tenant.rawValue)
        filter.add("run_id = ?", ifSet: run?.rawValue)
        filter.add("id > ?", afterID)
        return try await read { [filter] db in
            try Row.fetchAll(
                db,
                sql: "SELECT * FROM run_events \(filter.clause) ORDER BY id LIMIT ?",
                arguments: filter.arguments + [limit]
            ).map { try $0.runEvent() }
        }
    }

    /// The newest event of each run, in id order; runs without events are left out.
    public func latestRunEvents(runs: [Identifier<ScanRun>]) async throws -> [RunEvent] {
        guard !runs.isEmpty else { return [] }
        let ids = runs.map(\.rawValue)
        return try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM run_events WHERE id IN (
                        SELECT MAX(id) FROM run_events WHERE run_id IN (\(databaseQuestionMarks(count: ids.count)))
                        GROUP BY run_id)
                    ORDER BY id
                    """,
                arguments: StatementArguments(ids)
            ).map { try $0.runEvent() }
        }
    }

    public func queueCounts() async throws -> QueueCounts {
        try await read { db in
            var counts = QueueCounts()
            let rows = try Row.fetchAll(db, sql: "SELECT kind, state, COUNT(*) AS n FROM jobs GROUP BY kind, state")
            for row in rows {
                counts.counts[try row.enumValue(JobKind.self, "kind"), default: [:]][
                    try row.enumValue(JobState.self, "state")
                ] = row["n"]
            }
            return counts
        }
    }
}
