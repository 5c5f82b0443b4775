import Foundation

/// A parsed five-field cron expression: minute, hour, day of month, month and day of week.
///
/// Fields accept `*`, numbers, lists (`1,15`), ranges (`1-5`), steps (`*/15`, `1-10/2`),
/// month names (`jan`…`dec`) and weekday names (`sun`…`sat`; `0` and `7` are both Sunday).
/// The macros `@yearly`, `@annually`, `@monthly`, `@weekly`, `@daily`, `@midnight` and
/// `@hourly` stand for their usual expansions.
///
/// As in Vixie cron, when both day fields are restricted (neither starts with `*`) a day
/// matches if either matches; otherwise both must match.
///
/// ```swift
/// let cron = try CronExpression("30 2 * * mon-fri")
/// let next = cron.next(after: now, in: TimeZone(identifier: "Europe/Paris")!)
/// ```
public struct CronExpression: Sendable, Hashable, CustomStringConvertible {
    // MARK: Member variables

    let minuteBits: CronBits
    let hourBits: CronBits
    let dayOfMonthBits: CronBits
    let monthBits: CronBits
    let dayOfWeekBits: CronBits
    /// Whether the day-of-month field does not start with `*`.
    public let restrictsDayOfMonth: Bool
    /// Whether the day-of-week field does not start with `*`.
    public let restrictsDayOfWeek: Bool
    /// The text it was parsed from, trimmed.
    public let description: String

    /// The minutes it allows, 0 to 59.
    public var minutes: Set<Int> { minuteBits.values }
    /// The hours it allows, 0 to 23.
    public var hours: Set<Int> { hourBits.values }
    /// The days of the month it allows, 1 to 31.
    public var daysOfMonth: Set<Int> { dayOfMonthBits.values }
    /// The months it allows, 1 to 12.
    public var months: Set<Int> { monthBits.values }
    /// The weekdays it allows, 0 (Sunday) to 6 (Saturday).
    public var daysOfWeek: Set<Int> { dayOfWeekBits.values }

    // MARK: Initialization

    /// Parses an expression of five fields separated by white space, or a macro.
    /// - Throws: ``ScanError`` `.invalidInput` whose message names the offending field.
    public init(_ text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let expanded = try Self.expand(macro: trimmed)
        let fields = expanded.split(whereSeparator: \.isWhitespace)
        guard fields.count == 5 else {
            throw ScanError(.invalidInput, "cron expression needs 5 fields, got \(fields.count)")
        }
        minuteBits = try CronField.minute.parse(fields[0])
        hourBits = try CronField.hour.parse(fields[1])
        dayOfMonthBits = try CronField.dayOfMonth.parse(fields[2])
        monthBits = try CronField.month.parse(fields[3])
        dayOfWeekBits = try CronField.dayOfWeek.parse(fields[4])
        restrictsDayOfMonth = !fields[2].hasPrefix("*")
        restrictsDayOfWeek = !fields[4].hasPrefix("*")
        description = trimmed
    }

    private static func expand(macro text: String) throws -> String {
        guard text.hasPrefix("@") else { return text }
        switch text.lowercased() {
        case "@yearly", "@annually": return "0 0 1 1 *"
        case "@monthly": return "0 0 1 * *"
        case "@weekly": return "0 0 * * 0"
        case "@daily", "@midnight": return "0 0 * * *"
        case "@hourly": return "0 * * * *"
        default: throw ScanError(.invalidInput, "cron macro '\(text)' is unknown")
        }
    }

    // MARK: Methods

    /// Two expressions are equal when they allow the same minutes, whatever their spelling.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.minuteBits == rhs.minuteBits && lhs.hourBits == rhs.hourBits
            && lhs.dayOfMonthBits == rhs.dayOfMonthBits && lhs.monthBits == rhs.monthBits
            && lhs.dayOfWeekBits == rhs.dayOfWeekBits && lhs.restrictsDayOfMonth == rhs.restrictsDayOfMonth
            && lhs.restrictsDayOfWeek == rhs.restrictsDayOfWeek
    }

    public func hash(into hasher: inout Hasher) {
        for bits in [minuteBits, hourBits, dayOfMonthBits, monthBits, dayOfWeekBits] { hasher.combine(bits) }
        hasher.combine(restrictsDayOfMonth)
        hasher.combine(restrictsDayOfWeek)
    }
}
