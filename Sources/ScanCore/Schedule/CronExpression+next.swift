public import Foundation

extension CronExpression {
    /// Far enough for any satisfiable expression (29 February comes back within 8 years);
    /// a guard only, since ``isSatisfiable`` rules out the impossible ones first.
    private static let horizonYears = 400

    /// The first matching minute strictly after `date`, read on the wall clock of `timeZone`.
    ///
    /// A local time skipped by a spring-forward transition fires at the first instant after
    /// the gap, once however many skipped minutes match; a local time repeated by a
    /// fall-back transition fires at its first occurrence only.
    /// - Returns: `nil` when the expression can never match, such as `0 0 30 2 *`.
    public func next(after date: Date, in timeZone: TimeZone) -> Date? {
        guard isSatisfiable else { return nil }
        // Minutes up to the wall clock of `date` resolve to instants at or before it, so the
        // search starts there and only skips the few that a fall-back hour repeats.
        var start = timeZone.wallClock(of: date)
        while let wall = firstMatch(from: start) {
            let instant = timeZone.firstInstant(of: wall)
            if instant > date { return instant }
            start = LocalMinute(localSeconds: wall.localSeconds + 60)
        }
        return nil
    }

    /// Whether some day of some year matches: a day-of-month that no allowed month has
    /// (`30 2`) never does.
    var isSatisfiable: Bool {
        if restrictsDayOfMonth && restrictsDayOfWeek { return true }
        let longest = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return months.contains { month in dayOfMonthBits.first(atLeast: 1).map { $0 <= longest[month - 1] } ?? false }
    }

    /// The first minute at or after `start` that every field allows, skipping whole months,
    /// days and hours that do not match.
    func firstMatch(from start: LocalMinute) -> LocalMinute? {
        var time = start
        while time.year <= start.year + Self.horizonYears {
            guard let month = monthBits.first(atLeast: time.month) else {
                time = LocalMinute(year: time.year + 1, month: 1, day: 1)
                continue
            }
            if month != time.month { time = LocalMinute(year: time.year, month: month, day: 1) }
            if time.day > time.daysInMonth {
                time = time.nextMonth
                continue
            }
            guard matchesDay(time) else {
                time = time.nextDay
                continue
            }
            guard let hour = hourBits.first(atLeast: time.hour) else {
                time = time.nextDay
                continue
            }
            if hour != time.hour { (time.hour, time.minute) = (hour, 0) }
            guard let minute = minuteBits.first(atLeast: time.minute) else {
                time = time.nextHour
                continue
            }
            time.minute = minute
            return time
        }
        return nil
    }

    private func matchesDay(_ time: LocalMinute) -> Bool {
        let dayOfMonth = dayOfMonthBits.contains(time.day)
        let dayOfWeek = dayOfWeekBits.contains(time.weekday)
        return restrictsDayOfMonth && restrictsDayOfWeek ? dayOfMonth || dayOfWeek : dayOfMonth && dayOfWeek
    }
}
