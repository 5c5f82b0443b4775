/// When a scan definition runs by itself.
///
/// Every kind but ``Kind/manual`` reduces to a cron expression evaluated in ``timeZone``;
/// the scheduler stores the next slot as `next_run_at` and fires each slot at most once.
public struct Schedule: Sendable, Codable, Hashable {
    /// The kinds of schedule.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case manual
        case daily
        case weekly
        case monthly
        case cron
    }

    /// The kind.
    public var kind: Kind
    /// For `cron`: five fields or a macro such as `@daily`.
    public var expression: String?
    /// For daily, weekly and monthly: the local time `HH:MM`.
    public var time: String?
    /// For weekly: the weekday, `mon` to `sun`.
    public var weekday: String?
    /// For monthly: the day of the month, 1 to 31 (months without that day are skipped, as in cron).
    public var dayOfMonth: Int?
    /// An IANA time zone such as `Europe/Paris`; UTC by default.
    public var timeZone: String

    /// Creates a schedule.
    public init(
        kind: Kind,
        expression: String? = nil,
        time: String? = nil,
        weekday: String? = nil,
        dayOfMonth: Int? = nil,
        timeZone: String = "UTC"
    ) {
        self.kind = kind
        self.expression = expression
        self.time = time
        self.weekday = weekday
        self.dayOfMonth = dayOfMonth
        self.timeZone = timeZone
    }

    /// A schedule that never fires by itself.
    public static let manual = Schedule(kind: .manual)
}
