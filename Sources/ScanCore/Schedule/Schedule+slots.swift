public import Foundation

extension Schedule {
    /// The cron expression this schedule reduces to, or `nil` for a manual schedule.
    ///
    /// Daily is `MM HH * * *`, weekly `MM HH * * D` and monthly `MM HH D * *`; a monthly
    /// day that a month lacks (31 in April) skips that month, as in cron.
    /// - Throws: ``ScanError`` `.invalidInput` naming the field, as ``validated()`` does.
    public func cronExpression() throws -> CronExpression? {
        switch kind {
        case .manual:
            return nil
        case .daily:
            let time = try parsedTime()
            return try CronExpression("\(time.minute) \(time.hour) * * *")
        case .weekly:
            let time = try parsedTime()
            return try CronExpression("\(time.minute) \(time.hour) * * \(try parsedWeekday())")
        case .monthly:
            let time = try parsedTime()
            return try CronExpression("\(time.minute) \(time.hour) \(try parsedDayOfMonth()) * *")
        case .cron:
            return try parsedCron()
        }
    }

    /// The first slot strictly after `date` in ``timeZone``, or `nil` for a manual schedule
    /// or one that never matches.
    /// - Throws: ``ScanError`` `.invalidInput` for an invalid schedule.
    public func nextSlot(after date: Date) throws -> Date? {
        guard let cron = try cronExpression() else { return nil }
        return cron.next(after: date, in: try parsedTimeZone())
    }

    /// The latest slot in `[since, now]`: the one slot a scheduler fires for a definition
    /// whose stored next run is `since`, however many slots it missed.
    ///
    /// `since` itself counts, so a definition due exactly on time fires its stored slot.
    /// - Returns: `nil` for a manual schedule, or when no slot falls in the range (the
    ///   schedule changed since `since` was computed, or `since` is after `now`).
    /// - Throws: ``ScanError`` `.invalidInput` for an invalid schedule.
    public func latestSlot(notAfter now: Date, since: Date) throws -> Date? {
        guard let cron = try cronExpression() else { return nil }
        return cron.latest(notAfter: now, since: since, in: try parsedTimeZone())
    }
}
