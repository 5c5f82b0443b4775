/// When the claim loop claims again as its jobs finish.
///
/// Claiming for each slot the moment it frees up costs a claim transaction per job. The
/// loop instead waits until half its slots are free, so one claim fills several, but never
/// leaves a slot empty longer than `delay`: long jobs then claim as they free up, short
/// ones in batches. An idle loop (nothing in flight) always claims.
struct ClaimPacing {
    /// Jobs in flight at once.
    let concurrency: Int
    /// The longest a free slot waits for company before the loop claims for it alone.
    let delay: Duration
    private(set) var inFlight = 0
    /// When the oldest free slot became free, since the last claim.
    private var freeSince: ContinuousClock.Instant?

    init(concurrency: Int, delay: Duration) {
        self.concurrency = concurrency
        self.delay = delay
    }

    /// Slots without a job.
    var free: Int { concurrency - inFlight }

    /// Whether to claim now for the free slots.
    func shouldClaim(at now: ContinuousClock.Instant) -> Bool {
        guard free > 0 else { return false }
        if inFlight == 0 || free >= max(1, concurrency / 2) { return true }
        guard let freeSince else { return true }
        return now >= freeSince + delay
    }

    /// When a loop waiting for its jobs should claim anyway, if it has a free slot.
    var claimDue: ContinuousClock.Instant? {
        guard free > 0 else { return nil }
        return freeSince.map { $0 + delay }
    }

    /// Records a claim that leased `count` jobs.
    mutating func claimed(_ count: Int) {
        inFlight += count
        freeSince = nil
    }

    /// Records a job that finished at `now`.
    mutating func finished(at now: ContinuousClock.Instant) {
        inFlight -= 1
        if freeSince == nil { freeSince = now }
    }
}
