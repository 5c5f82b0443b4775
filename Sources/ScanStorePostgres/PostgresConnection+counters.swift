import Logging
import PostgresNIO
import ScanCore

/// Changes to a run's counters.
///
/// A transaction adds up its changes in one delta and applies it once, as late as it can
/// (``PostgresConnection/bump(_:_:logger:)``): the shard row stays locked from that update
/// to the commit, and other transactions that land on the same shard wait that long.
struct RunDelta: Equatable {
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
        guard delta != RunDelta() else { return }
        try await self.run(BumpCountersStatement(run: run.rawValue, delta: delta), logger: logger)
    }
}
