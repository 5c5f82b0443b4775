public import Foundation

extension CronExpression {
    /// The latest instant ``next(after:in:)`` can produce in `[since, now]`, or `nil` when
    /// there is none.
    ///
    /// A scheduler back from downtime fires this one slot instead of every slot it missed.
    /// It bisects over seconds, so a long gap costs a few dozen evaluations, not one per slot.
    public func latest(notAfter now: Date, since: Date, in timeZone: TimeZone) -> Date? {
        // Slots fall on whole seconds, so searching whole seconds is exact.
        var low = Int(since.timeIntervalSince1970.rounded(.up)) - 1
        guard let first = next(after: low, in: timeZone), first <= now else { return nil }
        var high = Int(now.timeIntervalSince1970.rounded(.up))
        // Invariant: next(after: low) <= now < next(after: high).
        while high - low > 1 {
            let middle = low + (high - low) / 2
            if let slot = next(after: middle, in: timeZone), slot <= now { low = middle } else { high = middle }
        }
        return next(after: low, in: timeZone)
    }

    private func next(after seconds: Int, in timeZone: TimeZone) -> Date? {
        next(after: Date(timeIntervalSince1970: Double(seconds)), in: timeZone)
    }
}
