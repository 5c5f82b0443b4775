import Foundation
import ScanCore
import Testing

/// Europe/Paris springs forward on 29 March 2026 (02:00 CET becomes 03:00 CEST) and falls
/// back on 25 October 2026 (03:00 CEST becomes 02:00 CET). America/New_York springs forward
/// on 8 March 2026 (02:00 EST becomes 03:00 EDT) and falls back on 1 November 2026 (02:00
/// EDT becomes 01:00 EST).
struct CronDaylightSavingTests {
    private func next(_ expression: String, after text: String, in zone: String) throws -> Date? {
        try CronExpression(expression).next(after: Date(iso: text), in: .named(zone))
    }

    @Test(arguments: [
        ("Europe/Paris", "2026-03-28T02:30:00+01:00", "2026-03-29T03:00:00+02:00", "2026-03-30T02:30:00+02:00"),
        ("America/New_York", "2026-03-07T02:30:00-05:00", "2026-03-08T03:00:00-04:00", "2026-03-09T02:30:00-04:00"),
    ])
    func aSkippedTimeFiresAtTheEndOfTheGap(zone: String, after: String, gapEnd: String, dayAfter: String) throws {
        #expect(try next("30 2 * * *", after: after, in: zone) == Date(iso: gapEnd))
        #expect(try next("30 2 * * *", after: gapEnd, in: zone) == Date(iso: dayAfter))
    }

    @Test func minutesInTheGapFireOnce() throws {
        // Given every quarter hour, four of which (02:00 to 02:45) do not exist in Paris
        let cron = "*/15 * * * *"

        // Then the gap fires once, at 03:00 CEST, and 03:15 follows
        #expect(
            try next(cron, after: "2026-03-29T01:45:00+01:00", in: "Europe/Paris")
                == Date(iso: "2026-03-29T03:00:00+02:00")
        )
        #expect(
            try next(cron, after: "2026-03-29T03:00:00+02:00", in: "Europe/Paris")
                == Date(iso: "2026-03-29T03:15:00+02:00")
        )
    }

    @Test(arguments: [
        (
            "Europe/Paris", "30 2 * * *", "2026-10-24T02:30:00+02:00", "2026-10-25T02:30:00+02:00",
            "2026-10-26T02:30:00+01:00"
        ),
        (
            "America/New_York", "30 1 * * *", "2026-10-31T01:30:00-04:00", "2026-11-01T01:30:00-04:00",
            "2026-11-02T01:30:00-05:00"
        ),
    ])
    func aRepeatedTimeFiresOnItsFirstOccurrenceOnly(
        zone: String,
        cron: String,
        after: String,
        first: String,
        dayAfter: String
    ) throws {
        #expect(try next(cron, after: after, in: zone) == Date(iso: first))
        #expect(try next(cron, after: first, in: zone) == Date(iso: dayAfter))
    }

    @Test func fromInsideTheRepeatedHourTheNextSlotIsAfterIt() throws {
        // Given 01:10 EST, the second pass through 01:00-01:59 in New York
        let after = "2026-11-01T01:10:00-05:00"

        // Then 01:20 and 01:40 already fired in the first pass; 02:00 EST is next
        #expect(
            try next("*/20 * * * *", after: after, in: "America/New_York") == Date(iso: "2026-11-01T02:00:00-05:00")
        )
    }

    @Test func hourlyAcrossFallBackSkipsTheRepeatedHour() throws {
        let cron = "0 * * * *"

        #expect(
            try next(cron, after: "2026-10-25T01:00:00+02:00", in: "Europe/Paris")
                == Date(iso: "2026-10-25T02:00:00+02:00")
        )
        #expect(
            try next(cron, after: "2026-10-25T02:00:00+02:00", in: "Europe/Paris")
                == Date(iso: "2026-10-25T03:00:00+01:00")
        )
    }

    @Test func latestSlotAcrossTheGapIsTheGapEnd() throws {
        let cron = try CronExpression("30 2 * * *")

        let latest = cron.latest(
            notAfter: Date(iso: "2026-03-29T05:00:00+02:00"),
            since: Date(iso: "2026-03-28T02:30:00+01:00"),
            in: .named("Europe/Paris")
        )

        #expect(latest == Date(iso: "2026-03-29T03:00:00+02:00"))
    }
}
