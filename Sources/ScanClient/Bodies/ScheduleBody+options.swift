import Foundation

extension ScheduleBody {
    /// The schedule chosen by the `--daily`, `--weekly`, `--monthly`, `--cron` and
    /// `--time-zone` options, or `nil` when none is given (the server then uses `manual`).
    ///
    /// - Parameters:
    ///   - daily: `HH:MM`.
    ///   - weekly: `DAY HH:MM`, the day as `mon`…`sun` or a full English name.
    ///   - monthly: `D HH:MM`, the day of the month 1 to 31.
    ///   - cron: Five fields or a macro such as `@hourly`; the server validates it.
    ///   - timeZone: An IANA time zone name.
    /// - Throws: ``APIClientError/Code/invalidInput`` naming the offending option.
    public static func fromOptions(
        daily: String? = nil,
        weekly: String? = nil,
        monthly: String? = nil,
        cron: String? = nil,
        timeZone: String? = nil
    ) throws -> ScheduleBody? {
        let given = [daily, weekly, monthly, cron].compactMap { $0 }
        guard given.count <= 1 else {
            throw APIClientError(.invalidInput, "give only one of --daily, --weekly, --monthly and --cron")
        }
        if let timeZone, TimeZone(identifier: timeZone) == nil {
            throw APIClientError(
                .invalidInput,
                "unknown time zone '\(timeZone)'; use an IANA name such as Europe/Paris"
            )
        }
        var body: ScheduleBody
        if let daily {
            body = ScheduleBody(kind: "daily", time: try clock(daily, option: "--daily"))
        } else if let weekly {
            let (day, time) = try split(weekly, option: "--weekly", format: "\"mon HH:MM\"")
            guard let weekday = weekdays.first(where: { day.count >= 3 && $0.hasPrefix(day) }) else {
                throw APIClientError(.invalidInput, "--weekly: unknown weekday '\(day)'; use mon, tue, … sun")
            }
            body = ScheduleBody(
                kind: "weekly",
                time: try clock(time, option: "--weekly"),
                weekday: String(weekday.prefix(3))
            )
        } else if let monthly {
            let (day, time) = try split(monthly, option: "--monthly", format: "\"D HH:MM\"")
            guard let number = Int(day), (1...31).contains(number) else {
                throw APIClientError(.invalidInput, "--monthly: the day must be 1 to 31")
            }
            body = ScheduleBody(kind: "monthly", time: try clock(time, option: "--monthly"), dayOfMonth: number)
        } else if let cron {
            let expression = cron.trimmingCharacters(in: .whitespaces)
            guard !expression.isEmpty else { throw APIClientError(.invalidInput, "--cron needs an expression") }
            body = ScheduleBody(kind: "cron", expression: expression)
        } else {
            guard timeZone == nil else {
                throw APIClientError(.invalidInput, "--time-zone needs --daily, --weekly, --monthly or --cron")
            }
            return nil
        }
        body.timeZone = timeZone
        return body
    }

    private static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// `H:MM` or `HH:MM` as `HH:MM`.
    private static func clock(_ text: String, option: String) throws -> String {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]),
            (0...23).contains(hour), (0...59).contains(minute), parts[0].count <= 2
        else {
            throw APIClientError(.invalidInput, "\(option): the time must be HH:MM (00:00 to 23:59)")
        }
        return String(format: "%02d:%02d", hour, minute)
    }

    private static func split(_ text: String, option: String, format: String) throws -> (String, String) {
        let parts = text.lowercased().split(whereSeparator: \.isWhitespace)
        guard parts.count == 2 else { throw APIClientError(.invalidInput, "\(option) takes \(format)") }
        return (String(parts[0]), String(parts[1]))
    }
}
