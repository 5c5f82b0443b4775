import Foundation
import ScanClient
import Testing

struct ScheduleBodyTests {
    private func json(_ value: some Encodable) throws -> String {
        String(decoding: try APIJSON.makeEncoder().encode(value), as: UTF8.self)
    }

    @Test func noOptionsMeansNoSchedule() throws {
        #expect(try ScheduleBody.fromOptions() == nil)
    }

    @Test func dailyWithTimeZone() throws {
        let body = try ScheduleBody.fromOptions(daily: "2:05", timeZone: "Europe/Paris")
        #expect(body == ScheduleBody(kind: "daily", time: "02:05", timeZone: "Europe/Paris"))
        #expect(try json(body) == #"{"kind":"daily","time":"02:05","time_zone":"Europe/Paris"}"#)
    }

    @Test(arguments: [("mon 09:30", "mon"), ("Sunday 09:30", "sun"), ("WED  09:30", "wed")])
    func weekly(_ option: String, _ weekday: String) throws {
        let body = try ScheduleBody.fromOptions(weekly: option)
        #expect(body == ScheduleBody(kind: "weekly", time: "09:30", weekday: weekday))
    }

    @Test func monthlyEncodesDayOfMonth() throws {
        let body = try ScheduleBody.fromOptions(monthly: "1 23:59")
        #expect(try json(body) == #"{"day_of_month":1,"kind":"monthly","time":"23:59"}"#)
    }

    @Test func cronKeepsTheExpression() throws {
        let body = try ScheduleBody.fromOptions(cron: " */5 * * * * ", timeZone: "UTC")
        #expect(body == ScheduleBody(kind: "cron", expression: "*/5 * * * *", timeZone: "UTC"))
    }

    @Test(
        arguments: [
            (nil, nil, nil, nil, "Europe/Paris"),  // a zone without a schedule
            ("02:00", nil, nil, "* * * * *", nil),  // two kinds
            ("24:00", nil, nil, nil, nil), ("2:5", nil, nil, nil, nil), ("0200", nil, nil, nil, nil),
            (nil, "funday 02:00", nil, nil, nil), (nil, "mon", nil, nil, nil),
            (nil, nil, "0 02:00", nil, nil), (nil, nil, "32 02:00", nil, nil),
            (nil, nil, nil, "  ", nil), ("02:00", nil, nil, nil, "Mars/Olympus"),
        ] as [(String?, String?, String?, String?, String?)]
    )
    func invalidOptionsAreRejected(
        _ daily: String?,
        _ weekly: String?,
        _ monthly: String?,
        _ cron: String?,
        _ zone: String?
    ) {
        let error = #expect(throws: APIClientError.self) {
            try ScheduleBody.fromOptions(daily: daily, weekly: weekly, monthly: monthly, cron: cron, timeZone: zone)
        }
        #expect(error?.code == .invalidInput)
    }

    @Test func scanBodyUsesSnakeCaseKeys() throws {
        let body = try ScanBody(
            name: "nightly",
            sourceID: "src-1",
            include: ["**/*.env"],
            ruleSetID: "rs-1",
            priority: 5,
            schedule: ScheduleBody.fromOptions(daily: "02:00")
        )
        #expect(
            try json(body)
                == #"{"name":"nightly","priority":5,"rule_set_id":"rs-1","schedule":{"kind":"daily","time":"02:00"},"#
                + #""scope":{"exclude":[],"include":["**/*.env"]},"source_id":"src-1"}"#
        )
    }

    @Test func scanBodyRefusesTwoRuleSets() {
        #expect(throws: APIClientError.self) {
            try ScanBody(name: "x", sourceID: "s", ruleSet: "rules: []", ruleSetID: "rs-1")
        }
    }

    @Test func summary() {
        #expect(
            ScheduleBody(kind: "weekly", time: "09:30", weekday: "mon", timeZone: "UTC").summary
                == "weekly mon 09:30 UTC"
        )
        #expect(ScheduleBody(kind: "manual", timeZone: "UTC").summary == "manual")
    }
}
