import ScanCore

/// Typed reads of ``ScanCore/DataSource/options``, failing with `.invalidInput` on bad values.
struct SourceOptions {
    /// The raw options.
    var values: [String: String]

    /// An integer option, or `fallback` when absent.
    func integer<T: FixedWidthInteger>(_ key: String, default fallback: T) throws -> T {
        guard let text = values[key] else { return fallback }
        guard let value = T(text), value >= 0 else {
            throw ScanError(.invalidInput, "option \(key) must be a non-negative integer", detail: text)
        }
        return value
    }

    /// A boolean option (`true`/`false`/`1`/`0`/`yes`/`no`), or `fallback` when absent.
    func flag(_ key: String, default fallback: Bool) throws -> Bool {
        guard let text = values[key] else { return fallback }
        switch text.lowercased() {
        case "true", "1", "yes": return true
        case "false", "0", "no": return false
        default: throw ScanError(.invalidInput, "option \(key) must be true or false", detail: text)
        }
    }

    /// A millisecond option as a `Duration`, or `fallback` when absent.
    func milliseconds(_ key: String, default fallback: Duration) throws -> Duration {
        guard values[key] != nil else { return fallback }
        return .milliseconds(try integer(key, default: Int64(0)))
    }
}
