import Logging
import PostgresNIO
import ScanCore

/// Changes to a run's counters.
struct RunDelta {
    var openJobs = 0
    var enumerated = 0
    var scanned = 0
    var finalized = 0
    var failed = 0
    var bytes: Int64 = 0
    var findingsNew = 0
    var findingsUnchanged = 0
    var findingsFixed = 0
    var findingsReopened = 0
}

extension PostgresConnection {
    /// Adds `delta` to one of the run's counter shards.
    ///
    /// Every job would otherwise update the run's own row, and many workers would queue on
    /// that one row lock. The shard is chosen by the server process behind this connection,
    /// so one transaction always adds to the same shard (no lock cycles between shards)
    /// while concurrent transactions mostly add to different ones. Totals are read through
    /// `run_view`.
    func bump(_ run: Identifier<ScanRun>, _ delta: RunDelta, logger: Logger) async throws {
        try await self.run(
            """
            INSERT INTO run_counters AS c (run_id, shard, open_jobs, enumerated, scanned, finalized, failed, bytes,
                findings_new, findings_unchanged, findings_fixed, findings_reopened)
            VALUES (\(run.rawValue), pg_backend_pid() % 16, \(delta.openJobs), \(delta.enumerated), \(delta.scanned),
                \(delta.finalized), \(delta.failed), \(delta.bytes), \(delta.findingsNew), \(delta.findingsUnchanged),
                \(delta.findingsFixed), \(delta.findingsReopened))
            ON CONFLICT (run_id, shard) DO UPDATE SET open_jobs = c.open_jobs + excluded.open_jobs,
                enumerated = c.enumerated + excluded.enumerated, scanned = c.scanned + excluded.scanned,
                finalized = c.finalized + excluded.finalized, failed = c.failed + excluded.failed,
                bytes = c.bytes + excluded.bytes, findings_new = c.findings_new + excluded.findings_new,
                findings_unchanged = c.findings_unchanged + excluded.findings_unchanged,
                findings_fixed = c.findings_fixed + excluded.findings_fixed,
                findings_reopened = c.findings_reopened + excluded.findings_reopened
            """,
            logger: logger
        )
    }
}
