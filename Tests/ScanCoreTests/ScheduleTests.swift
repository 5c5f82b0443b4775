import Foundation
import ScanCore
import Testing

struct ScheduleTests {
    // MARK: Validation

    @Test(arguments: [
        (Schedule(kind: .daily), "schedule.time: is required for daily schedules"),
        (Schedule(kind: .daily, time: "25:00"), "schedule.time: '25:00' is not a time HH:MM from 00:00 to 23:59"),
        (Schedule(kind: .daily, time: "9:30"), "schedule.time: '9:30' is not a time HH:MM from 00:00 to 23:59"),
        (Schedule(kind: .daily, time: "09:60"), "schedule.time: '09:60' is not a time HH:MM from 00:00 to 23:59"),
        (Schedule(kind: .weekly, time: "09:00"), "schedule.weekday: is required for weekly schedules"),
        (
            Schedule(kind: .weekly, time: "09:00", weekday: "funday"),
            "schedule.weekday: 'funday' is not a weekday, mon to sun"
        ),
        (Schedule(kind: .monthly, time: "09:00", dayOfMonth: 32), "schedule.dayOfMonth: 32 is not a day 1 to 31"),
        (Schedule(kind: .monthly, time: "09:00", dayOfMonth: 0), "schedule.dayOfMonth: 0 is not a day 1 to 31"),
        (Schedule(kind: .monthly, time: "09:00"), "schedule.dayOfMonth: is required for monthly schedules"),
        (Schedule(kind: .cron), "schedule.expression: is required for cron schedules"),
        (
            Schedule(kind: .cron, expression: "0 25 * * *"),
            "schedule.expression: cron field 'hour': 25 is out of range 0-23"
        ),
        (
            Schedule(kind: .daily, time: "09:00", timeZone: "Mars/Olympus"),
            "schedule.timeZone: 'Mars/Olympus' is not a known IANA time zone"
        ),
    ])
    func validationNamesTheField(schedule: Schedule, message: String) {
        #expect {
            try schedule.validated()
        } throws: { error in
            let error = error as? ScanError
            return error?.code == .invalidInput && error?.message == message
        }
    }

    @Test func validationKeepsOnlyTheFieldsOfTheKind() throws {
        let weekly = Schedule(kind: .weekly, time: "07:05", weekday: "Monday", dayOfMonth: 3, timeZone: "Europe/Paris")
        let daily = Schedule(kind: .daily, expression: "* * * * *", time: "07:05", weekday: "mon")

        #expect(
            try weekly.validated() == Schedule(kind: .weekly, time: "07:05", weekday: "mon", timeZone: "Europe/Paris")
        )
        #expect(try daily.validated() == Schedule(kind: .daily, time: "07:05"))
        #expect(try Schedule(kind: .cron, expression: " @daily ").validated().expression == "@daily")
        #expect(try Schedule.manual.validated() == .manual)
    }

    // MARK: Conversion to cron

    @Test func kindsConvertToCron() throws {
        #expect(try Schedule.manual.cronExpression() == nil)
        #expect(try Schedule(kind: .daily, time: "09:30").cronExpression() == CronExpression("30 9 * * *"))
        #expect(
            try Schedule(kind: .weekly, time: "18:00", weekday: "sun").cronExpression() == CronExpression("0 18 * * 0")
        )
        #expect(
            try Schedule(kind: .monthly, time: "00:15", dayOfMonth: 31).cronExpression()
                == CronExpression("15 0 31 * *")
        )
        #expect(try Schedule(kind: .cron, expression: "@hourly").cronExpression() == CronExpression("0 * * * *"))
    }

    @Test(arguments: [
        // Paris is UTC+2 in summer and UTC+1 in winter.
        (
            Schedule(kind: .daily, time: "09:30", timeZone: "Europe/Paris"), "2026-07-01T12:00:00Z",
            "2026-07-02T07:30:00Z"
        ),
        (
            Schedule(kind: .daily, time: "09:30", timeZone: "Europe/Paris"), "2026-01-15T12:00:00Z",
            "2026-01-16T08:30:00Z"
        ),
        (Schedule(kind: .daily, time: "23:30", timeZone: "Asia/Tokyo"), "2026-07-01T12:00:00Z", "2026-07-01T14:30:00Z"),
        (
            Schedule(kind: .weekly, time: "09:00", weekday: "mon", timeZone: "America/New_York"),
            "2026-04-01T00:00:00Z", "2026-04-06T13:00:00Z"
        ),
        // April has no 31st, so the monthly slot moves to 31 May.
        (
            Schedule(kind: .monthly, time: "06:00", dayOfMonth: 31, timeZone: "Asia/Tokyo"),
            "2026-04-01T00:00:00Z", "2026-05-30T21:00:00Z"
        ),
    ])
    func nextSlotIsReadInTheScheduleZone(schedule: Schedule, after: String, expected: String) throws {
        #expect(try schedule.nextSlot(after: Date(iso: after)) == Date(iso: expected))
    }

    @Test func manualSchedulesHaveNoSlots() throws {
        let now = Date(iso: "2026-07-01T12:00:00Z")

        #expect(try Schedule.manual.nextSlot(after: now) == nil)
        #expect(try Schedule.manual.latestSlot(notAfter: now, since: .distantPast) == nil)
    }

    // MARK: Catch-up

    @Test func latestSlotIsTheMostRecentInTheRange() throws {
        // Given an hourly schedule whose stored next run was 10:00 and a scheduler back at 13:20
        let hourly = Schedule(kind: .cron, expression: "@hourly")
        let since = Date(iso: "2026-05-04T10:00:00Z")

        // Then only 13:00 is returned, not 10:00, 11:00, 12:00 and 13:00
        #expect(
            try hourly.latestSlot(notAfter: Date(iso: "2026-05-04T13:20:00Z"), since: since)
                == Date(iso: "2026-05-04T13:00:00Z")
        )
        #expect(try hourly.latestSlot(notAfter: since, since: since) == since)
        #expect(try hourly.latestSlot(notAfter: Date(iso: "2026-05-04T09:59:59Z"), since: since) == nil)
        #expect(
            try hourly.latestSlot(notAfter: Date(iso: "2026-05-04T10:45:00Z"), since: Date(iso: "2026-05-04T10:30:00Z"))
                == nil
        )
    }

    @Test func latestSlotAfterAYearOfDowntime() throws {
        let daily = Schedule(kind: .daily, time: "02:00", timeZone: "America/New_York")

        let latest = try daily.latestSlot(
            notAfter: Date(iso: "2027-05-04T12:00:00Z"),
            since: Date(iso: "2026-05-04T06:00:00Z")
        )

        #expect(latest == Date(iso: "2027-05-04T06:00:00Z"))
    }
}
