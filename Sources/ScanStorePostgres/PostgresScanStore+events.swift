import Foundation
import Logging
import PostgresNIO
public import ScanCore
import ScanStoreSQL

extension PostgresScanStore {
    /// The lock key that serializes appends to the run event log: any constant shared by
    /// every process.
    private static let runEventsLock: Int64 = 0x5343_4E45_5654  // "SCNEVT"

    /// Stores the events in order; each keeps a JSON snapshot of its run so a client that
    /// resumes later sees the run as it was then.
    ///
    /// Readers page by `id > afterID`, so ids must become visible in order. Appenders take
    /// a transaction-level advisory lock: no transaction commits an id while one holding a
    /// smaller id is still open, which SQLite's single writer gives for free.
    public func appendRunEvents(_ events: [RunEvent]) async throws -> [RunEvent] {
        guard !events.isEmpty else { return [] }
        let snapshots = try events.map { try JSONColumn.encode($0.run) }
        return try await transaction { connection in
            try await connection.run("SELECT pg_advisory_xact_lock(\(Self.runEventsLock))", logger: logger)
            var stored = events
            for index in stored.indices {
                stored[index].id = try await connection.insert(
                    stored[index],
                    snapshot: snapshots[index],
                    logger: logger
                )
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
        var filter = PostgresFilter()
        try filter.add("tenant_id = ?", tenant.rawValue)
        try filter.add("run_id = ?", ifSet: run?.rawValue)
        try filter.add("id > ?", afterID)
        let sql = "SELECT * FROM run_events \(filter.clause) ORDER BY id LIMIT \(try filter.bind(limit))"
        return try await read { [filter] connection in
            try await connection.rows(filter.query(sql), logger: logger).map { try $0.runEvent() }
        }
    }

    /// The newest event of each run, in id order; runs without events are left out.
    public func latestRunEvents(runs: [Identifier<ScanRun>]) async throws -> [RunEvent] {
        guard !runs.isEmpty else { return [] }
        let ids = runs.map(\.rawValue)
        return try await read { connection in
            try await connection.rows(
                """
                SELECT * FROM run_events WHERE id IN (
                    SELECT MAX(id) FROM run_events WHERE run_id = ANY(\(ids)) GROUP BY run_id)
                ORDER BY id
                """,
                logger: logger
            ).map { try $0.runEvent() }
        }
    }

    public func queueCounts() async throws -> QueueCounts {
        try await read { connection in
            var counts = QueueCounts()
            let rows = try await connection.rows(
                "SELECT kind, state, COUNT(*) AS n FROM jobs GROUP BY kind, state",
                logger: logger
            )
            for row in rows {
                counts.counts[try row.enumValue(JobKind.self, "kind"), default: [:]][
                    try row.enumValue(JobState.self, "state")
                ] = try row.value("n", as: Int.self)
            }
            return counts
        }
    }
}

extension PostgresConnection {
    /// Inserts one event with its run snapshot and returns the new id.
    fileprivate func insert(_ event: RunEvent, snapshot: String, logger: Logger) async throws -> Int64 {
        let ids = try await values(
            """
            INSERT INTO run_events (tenant_id, run_id, kind, at, run)
            VALUES (\(event.tenantID.rawValue), \(event.runID.rawValue), \(event.kind.rawValue), \(event.at), \(snapshot))
            RETURNING id
            """,
            as: Int64.self,
            logger: logger
        )
        guard let id = ids.first else { throw ScanError(.storage, "the store returned no id for a run event") }
        return id
    }
}
