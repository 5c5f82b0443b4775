/// A scan's schedule as the API sends and receives it.
public struct ScheduleBody: Codable, Sendable, Hashable {
    /// `manual`, `daily`, `weekly`, `monthly` or `cron`.
    public var kind: String
    /// For `cron`: the expression.
    public var expression: String?
    /// For daily, weekly and monthly: the local time `HH:MM`.
    public var time: String?
    /// For weekly: `mon` to `sun`.
    public var weekday: String?
    /// For monthly: 1 to 31.
    public var dayOfMonth: Int?
    /// An IANA time zone; the server's default (UTC) when `nil`.
    public var timeZone: String?

    enum CodingKeys: String, CodingKey {
        case kind, expression, time, weekday
        case dayOfMonth = "day_of_month"
        case timeZone = "time_zone"
    }

    /// Creates a schedule.
    public init(
        kind: String,
        expression: String? = nil,
        time: String? = nil,
        weekday: String? = nil,
        dayOfMonth: Int? = nil,
        timeZone: String? = nil
    ) {
        self.kind = kind
        self.expression = expression
        self.time = time
        self.weekday = weekday
        self.dayOfMonth = dayOfMonth
        self.timeZone = timeZone
    }

    /// A short human description: `daily 02:00 Europe/Paris`, `cron */5 * * * *`, `manual`.
    public var summary: String {
        let parts: [String?] =
            switch kind {
            case "daily": [kind, time]
            case "weekly": [kind, weekday, time]
            case "monthly": [kind, dayOfMonth.map { "day \($0)" }, time]
            case "cron": [kind, expression]
            default: [kind]
            }
        let zone = kind == "manual" ? nil : timeZone
        return (parts + [zone]).compactMap { $0 }.joined(separator: " ")
    }
}
