/// One of the five fields of a cron expression: its name for error messages, its bounds and the
/// names it accepts.
struct CronField: Sendable {
    let name: String
    let range: ClosedRange<Int>
    let names: [String: Int]

    static let minute = CronField(name: "minute", range: 0...59, names: [:])
    static let hour = CronField(name: "hour", range: 0...23, names: [:])
    static let dayOfMonth = CronField(name: "day-of-month", range: 1...31, names: [:])
    static let month = CronField(
        name: "month",
        range: 1...12,
        names: [
            "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
            "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
        ]
    )
    /// 0 and 7 are both Sunday; 7 is folded into 0 when parsed.
    static let dayOfWeek = CronField(
        name: "day-of-week",
        range: 0...7,
        names: ["sun": 0, "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6]
    )

    /// The values a field's text allows: a comma list of `*`, `n`, `a-b`, each with an optional `/step`.
    ///
    /// `n/step` means `n-max/step`, as in cronie.
    /// - Throws: ``ScanError`` `.invalidInput` naming this field.
    func parse(_ text: Substring) throws -> CronBits {
        var bits = CronBits()
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            let (values, step) = try parseItem(item)
            for value in stride(from: values.lowerBound, through: values.upperBound, by: step) {
                bits.insert(range.upperBound == 7 && value == 7 ? 0 : value)
            }
        }
        return bits
    }

    private func parseItem(_ item: Substring) throws -> (ClosedRange<Int>, Int) {
        let parts = item.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        var step = 1
        if parts.count == 2 {
            step = try number(parts[1])
            guard step > 0 else { throw error("step \(step) must be at least 1") }
        }
        let base = parts[0]
        if base == "*" { return (range, step) }
        let bounds = base.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        let start = try value(bounds[0])
        guard bounds.count == 2 else {
            return (start...(parts.count == 2 ? range.upperBound : start), step)
        }
        var end = try value(bounds[1])
        // `fri-sun` reads naturally; Sunday counts as 7 at the end of a weekday range.
        if range.upperBound == 7 && end == 0 && start > 0 { end = 7 }
        guard start <= end else { throw error("range \(start)-\(end) is reversed") }
        return (start...end, step)
    }

    private func value(_ text: Substring) throws -> Int {
        if let named = names[text.lowercased()] { return named }
        let value = try number(text)
        guard range.contains(value) else {
            throw error("\(value) is out of range \(range.lowerBound)-\(range.upperBound)")
        }
        return value
    }

    private func number(_ text: Substring) throws -> Int {
        guard !text.isEmpty else { throw error("a value is missing") }
        guard text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber), let value = Int(text) else {
            throw error("'\(text)' is not a number" + (names.isEmpty ? "" : " or a name"))
        }
        return value
    }

    private func error(_ message: String) -> ScanError {
        ScanError(.invalidInput, "cron field '\(name)': \(message)")
    }
}
