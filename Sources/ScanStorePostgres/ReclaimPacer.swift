import Foundation
import Synchronization

/// Decides when a claim also looks for expired leases: at most once a second per store,
/// measured on the claims' own clock.
///
/// Looking on every claim cost as much as a third of the claim (the leased-jobs index is
/// full of rows that just changed state), while a lease lasts seconds: a second's delay in
/// returning a dead worker's job changes nothing. A claim whose clock is earlier than the
/// last look (another process's clock, or a test) looks again.
final class ReclaimPacer: Sendable {
    private let lastLook = Mutex<Date?>(nil)
    private let interval: TimeInterval

    init(interval: TimeInterval = 1) {
        self.interval = interval
    }

    /// Whether a claim at `now` should look for expired leases; records the look if so.
    func shouldLook(at now: Date) -> Bool {
        lastLook.withLock { last in
            if let last, now >= last, now < last.addingTimeInterval(interval) { return false }
            last = now
            return true
        }
    }
}
