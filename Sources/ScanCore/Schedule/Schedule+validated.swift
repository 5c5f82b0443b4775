import Foundation

extension Schedule {
    /// The weekday names a weekly schedule accepts, in cron order (Sunday is 0).
    private static let weekdays = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]

    /// This schedule checked and normalised, ready to store.
    ///
    /// It checks the fields its kind uses (``time`` as `HH:MM`, ``weekday``, ``dayOfMonth``
    /// 1 to 31, ``expression``) and ``timeZone`` for every kind. The copy returned keeps only
    /// those fields, with the weekday as its three-letter lowercase name and the expression
    /// trimmed, so a schedule switched from weekly to daily drops its stale weekday.
    /// - Throws: ``ScanError`` `.invalidInput` whose message starts with the field, such as
    ///   `schedule.time`.
    public func validated() throws -> Schedule {
        // The zone keeps its spelling: Foundation reports "UTC" as "GMT".
        _ = try parsedTimeZone()
        let zone = timeZone
        switch kind {
        case .manual:
            return Schedule(kind: .manual, timeZone: zone)
        case .daily:
            return Schedule(kind: .daily, time: try parsedTime().text, timeZone: zone)
        case .weekly:
            let weekday = Self.weekdays[try parsedWeekday()]
            return Schedule(kind: .weekly, time: try parsedTime().text, weekday: weekday, timeZone: zone)
        case .monthly:
            let day = try parsedDayOfMonth()
            return Schedule(kind: .monthly, time: try parsedTime().text, dayOfMonth: day, timeZone: zone)
        case .cron:
            let cron = try parsedCron()
            return Schedule(kind: .cron, expression: cron.description, timeZone: zone)
        }
    }

    // MARK: Field parsers shared with the slot computations

    func parsedTimeZone() throws -> TimeZone {
        guard let zone = TimeZone(identifier: timeZone) else {
            throw invalid("timeZone", "'\(timeZone)' is not a known IANA time zone")
        }
        return zone
    }

    func parsedTime() throws -> (hour: Int, minute: Int, text: String) {
        guard let time else { throw invalid("time", "is required for \(kind) schedules") }
        let parts = time.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
            let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute)
        else { throw invalid("time", "'\(time)' is not a time HH:MM from 00:00 to 23:59") }
        return (hour, minute, time)
    }

    /// The weekday as 0 (Sunday) to 6; full names and any case are accepted.
    func parsedWeekday() throws -> Int {
        guard let weekday else { throw invalid("weekday", "is required for weekly schedules") }
        let name = weekday.lowercased()
        guard name.count >= 3, let index = Self.weekdays.firstIndex(of: String(name.prefix(3))),
            name.count == 3
                || ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"][index] == name
        else { throw invalid("weekday", "'\(weekday)' is not a weekday, mon to sun") }
        return index
    }

    func parsedDayOfMonth() throws -> Int {
        guard let dayOfMonth else { throw invalid("dayOfMonth", "is required for monthly schedules") }
        guard (1...31).contains(dayOfMonth) else { throw invalid("dayOfMonth", "\(dayOfMonth) is not a day 1 to 31") }
        return dayOfMonth
    }

    func parsedCron() throws -> CronExpression {
        guard let expression else { throw invalid("expression", "is required for cron schedules") }
        do {
            return try CronExpression(expression)
        } catch let error as ScanError {
            throw invalid("expression", error.message)
        }
    }

    private func invalid(_ field: String, _ message: String) -> ScanError {
        ScanError(.invalidInput, "schedule.\(field): \(message)")
    }
}
