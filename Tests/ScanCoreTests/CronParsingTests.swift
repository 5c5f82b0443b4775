import ScanCore
import Testing

struct CronParsingTests {
    @Test func starAllowsTheWholeRange() throws {
        let cron = try CronExpression("* * * * *")

        #expect(cron.minutes == Set(0...59))
        #expect(cron.hours == Set(0...23))
        #expect(cron.daysOfMonth == Set(1...31))
        #expect(cron.months == Set(1...12))
        #expect(cron.daysOfWeek == Set(0...6))
        #expect(!cron.restrictsDayOfMonth && !cron.restrictsDayOfWeek)
    }

    @Test(arguments: [
        ("*/15", [0, 15, 30, 45]),
        ("1-10/2", [1, 3, 5, 7, 9]),
        ("5/20", [5, 25, 45]),
        ("1,2,5-7", [1, 2, 5, 6, 7]),
        ("0-59/30,7", [0, 7, 30]),
        ("59", [59]),
    ])
    func minuteSyntax(field: String, expected: [Int]) throws {
        #expect(try CronExpression("\(field) * * * *").minutes == Set(expected))
    }

    @Test func monthNamesInAnyCase() throws {
        #expect(try CronExpression("0 0 1 jan,MAR-May *").months == [1, 3, 4, 5])
        #expect(try CronExpression("0 0 1 */4 *").months == [1, 5, 9])
    }

    @Test(arguments: [
        ("mon-fri", [1, 2, 3, 4, 5]),
        ("0", [0]),
        ("7", [0]),
        ("sun,7", [0]),
        ("5-7", [5, 6, 0]),
        ("fri-sun", [5, 6, 0]),
        ("Sat", [6]),
        ("*/2", [0, 2, 4, 6]),
    ])
    func weekdaySyntax(field: String, expected: [Int]) throws {
        #expect(try CronExpression("0 0 * * \(field)").daysOfWeek == Set(expected))
    }

    @Test(arguments: [
        ("@yearly", "0 0 1 1 *"),
        ("@annually", "0 0 1 1 *"),
        ("@monthly", "0 0 1 * *"),
        ("@weekly", "0 0 * * 0"),
        ("@daily", "0 0 * * *"),
        ("@midnight", "0 0 * * *"),
        ("@hourly", "0 * * * *"),
        ("@DAILY", "0 0 * * *"),
    ])
    func macros(macro: String, expansion: String) throws {
        #expect(try CronExpression(macro) == CronExpression(expansion))
    }

    @Test func dayFieldsAreRestrictedUnlessTheyStartWithAStar() throws {
        let both = try CronExpression("0 0 13 * fri")
        let stepped = try CronExpression("0 0 */2 * 1")

        #expect(both.restrictsDayOfMonth && both.restrictsDayOfWeek)
        #expect(!stepped.restrictsDayOfMonth && stepped.restrictsDayOfWeek)
    }

    @Test func descriptionIsTheTrimmedText() throws {
        #expect(try CronExpression("  */5  9-17 * * mon-fri \n").description == "*/5  9-17 * * mon-fri")
        #expect(try CronExpression("@hourly").description == "@hourly")
    }

    @Test(arguments: [
        ("0 25 * * *", "cron field 'hour': 25 is out of range 0-23"),
        ("60 * * * *", "cron field 'minute': 60 is out of range 0-59"),
        ("0 0 0 * *", "cron field 'day-of-month': 0 is out of range 1-31"),
        ("0 0 32 * *", "cron field 'day-of-month': 32 is out of range 1-31"),
        ("0 0 1 13 *", "cron field 'month': 13 is out of range 1-12"),
        ("0 0 * * 8", "cron field 'day-of-week': 8 is out of range 0-7"),
        ("0 0 1 foo *", "cron field 'month': 'foo' is not a number or a name"),
        ("x * * * *", "cron field 'minute': 'x' is not a number"),
        ("-1 * * * *", "cron field 'minute': a value is missing"),
        ("*/0 * * * *", "cron field 'minute': step 0 must be at least 1"),
        ("*/ * * * *", "cron field 'minute': a value is missing"),
        ("1,,2 * * * *", "cron field 'minute': a value is missing"),
        ("0 10-2 * * *", "cron field 'hour': range 10-2 is reversed"),
        ("0 0 * * sat-mon", "cron field 'day-of-week': range 6-1 is reversed"),
        ("* * * *", "cron expression needs 5 fields, got 4"),
        ("* * * * * *", "cron expression needs 5 fields, got 6"),
        ("", "cron expression needs 5 fields, got 0"),
        ("@reboot", "cron macro '@reboot' is unknown"),
    ])
    func errorsNameTheField(text: String, message: String) {
        #expect {
            try CronExpression(text)
        } throws: { error in
            let error = error as? ScanError
            return error?.code == .invalidInput && error?.message == message
        }
    }
}
