import Foundation
import ScanCore
import Testing

struct CronNextTests {
    private let utc = TimeZone.named("UTC")

    private func next(_ expression: String, after text: String) throws -> Date? {
        try CronExpression(expression).next(after: Date(iso: text), in: utc)
    }

    @Test(arguments: [
        ("*/15 * * * *", "2026-05-04T10:07:30Z", "2026-05-04T10:15:00Z"),
        ("*/15 * * * *", "2026-05-04T10:15:00Z", "2026-05-04T10:30:00Z"),
        ("* * * * *", "2026-05-04T10:15:59Z", "2026-05-04T10:16:00Z"),
        ("0 9-17 * * *", "2026-05-04T17:00:00Z", "2026-05-05T09:00:00Z"),
        ("59 23 31 * *", "2026-04-01T00:00:00Z", "2026-05-31T23:59:00Z"),
        ("0 0 1 * *", "2026-12-31T12:00:00Z", "2027-01-01T00:00:00Z"),
        ("@yearly", "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z"),
        ("30 6 * * mon-fri", "2026-05-08T07:00:00Z", "2026-05-11T06:30:00Z"),
        ("0 0 * * 7", "2026-05-04T00:00:00Z", "2026-05-10T00:00:00Z"),
        ("0 12 * feb *", "2026-02-28T12:00:00Z", "2027-02-01T12:00:00Z"),
    ])
    func nextIsTheFirstMatchStrictlyAfter(expression: String, after: String, expected: String) throws {
        #expect(try next(expression, after: after) == Date(iso: expected))
    }

    @Test func leapDayComesBackEveryFourYearsButNotIn2100() throws {
        #expect(try next("0 12 29 2 *", after: "2026-01-01T00:00:00Z") == Date(iso: "2028-02-29T12:00:00Z"))
        #expect(try next("0 12 29 2 *", after: "2096-03-01T00:00:00Z") == Date(iso: "2104-02-29T12:00:00Z"))
        #expect(try next("0 0 28-31 2 *", after: "2027-02-28T00:00:00Z") == Date(iso: "2028-02-28T00:00:00Z"))
    }

    @Test func restrictedDayFieldsMatchEitherDay() throws {
        // Given April 2026, whose 13th is a Monday and whose Fridays are the 3rd, 10th, 17th and 24th
        let cron = "0 0 13 * fri"

        // Then the 13th matches by day of month and Fridays match by day of week
        #expect(try next(cron, after: "2026-04-10T00:00:00Z") == Date(iso: "2026-04-13T00:00:00Z"))
        #expect(try next(cron, after: "2026-04-13T00:00:00Z") == Date(iso: "2026-04-17T00:00:00Z"))
    }

    @Test func aStarredDayFieldMakesBothDaysRequired() throws {
        // Days 1, 11, 21 and 31 that are also Mondays: the first is 11 May 2026
        #expect(try next("0 0 */10 * mon", after: "2026-04-01T00:00:00Z") == Date(iso: "2026-05-11T00:00:00Z"))
        #expect(try next("0 0 * * mon", after: "2026-04-01T00:00:00Z") == Date(iso: "2026-04-06T00:00:00Z"))
    }

    @Test(arguments: ["0 0 30 2 *", "0 0 31 2,4,6,9,11 *", "0 0 30,31 feb *"])
    func impossibleExpressionsNeverFire(expression: String) throws {
        #expect(try next(expression, after: "2026-01-01T00:00:00Z") == nil)
    }

    @Test func anImpossibleDayOfMonthStillFiresOnItsWeekday() throws {
        #expect(try next("0 0 30 2 mon", after: "2026-01-01T00:00:00Z") == Date(iso: "2026-02-02T00:00:00Z"))
    }

    @Test func sparseExpressionsAreFound() throws {
        // Friday 13 February at 23:59, after a year of non-matching days
        let cron = try CronExpression("59 23 13 feb 5")
        let clock = ContinuousClock()

        let elapsed = clock.measure {
            #expect(cron.next(after: Date(iso: "2026-03-01T00:00:00Z"), in: utc) != nil)
        }

        #expect(elapsed < .seconds(1))
    }

    @Test(arguments: ["*/7 3-5 * * *", "0 0 13 * fri", "15 10 * * 1-5", "0 12 1,15 * *", "0 */5 * jan,jun sun"])
    func nextAgreesWithABruteForceSearch(expression: String) throws {
        let cron = try CronExpression(expression)
        var date = Date(iso: "2026-01-30T00:00:00Z")

        for _ in 0..<6 {
            let next = try #require(cron.next(after: date, in: utc))
            #expect(next == bruteForceNext(cron, after: date))
            date = next
        }
    }

    /// The cron rule written out plainly on Foundation's calendar, tried minute by minute
    /// through the days that can match.
    private func bruteForceNext(_ cron: CronExpression, after date: Date) -> Date {
        let (minutes, hours, days, months, weekdays) =
            (cron.minutes, cron.hours, cron.daysOfMonth, cron.months, cron.daysOfWeek)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        var candidate = date.addingTimeInterval(60 - date.timeIntervalSince1970.truncatingRemainder(dividingBy: 60))
        while true {
            let time = calendar.dateComponents([.minute, .hour, .day, .month, .weekday], from: candidate)
            let (dayOfMonth, dayOfWeek) = (days.contains(time.day!), weekdays.contains(time.weekday! - 1))
            let either = cron.restrictsDayOfMonth && cron.restrictsDayOfWeek
            let day = months.contains(time.month!) && (either ? dayOfMonth || dayOfWeek : dayOfMonth && dayOfWeek)
            if day && hours.contains(time.hour!) && minutes.contains(time.minute!) { return candidate }
            // The rest of a day that cannot match is skipped, to keep the search short.
            candidate.addTimeInterval(day ? 60 : 60 * Double(1440 - time.hour! * 60 - time.minute!))
        }
    }

    @Test func slotsInAZoneAreReadOnItsWallClock() throws {
        let cron = try CronExpression("0 9 * * *")

        let next = cron.next(after: Date(iso: "2026-07-01T12:00:00Z"), in: .named("Asia/Tokyo"))

        #expect(next == Date(iso: "2026-07-02T09:00:00+09:00"))
    }
}
