/// Parses sizes such as `64MB`, `512 KiB`, `1GB` or a plain byte count.
///
/// `KB`, `MB` and `GB` are binary (1024-based), like `KiB`, `MiB` and `GiB`: a limit of
/// `64MB` is 67,108,864 bytes, which is what people usually mean for file sizes.
enum ByteSize {
    private static let units: [String: Int] = [
        "": 1, "b": 1, "k": 1 << 10, "kb": 1 << 10, "kib": 1 << 10, "m": 1 << 20, "mb": 1 << 20, "mib": 1 << 20,
        "g": 1 << 30, "gb": 1 << 30, "gib": 1 << 30,
    ]

    /// The number of bytes `text` stands for, or `nil` when it is not a size.
    static func parse(_ text: String) -> Int? {
        let trimmed = text.trimmingSpaces
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        let unit = trimmed.dropFirst(digits.count).trimmingSpaces.lowercased()
        guard let count = Int(digits), let multiplier = units[unit] else { return nil }
        let (bytes, overflow) = count.multipliedReportingOverflow(by: multiplier)
        return overflow ? nil : bytes
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
