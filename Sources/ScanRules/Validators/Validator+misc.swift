/// Validators for dates, phone numbers, crypto addresses and loosely shaped ids.
extension Validator {
    /// A bech32 or bech32m SegWit address (`bc1…`, `tb1…`) with a valid BIP 173/350 checksum,
    /// in one case only.
    public static let bech32Address = Validator(name: "bech32") { candidate in
        Bech32.isValid(candidate)
    }

    /// A calendar date in `YYYY-MM-DD`, `DD-MM-YYYY` or `MM/DD/YYYY` order (separators `-`, `/`,
    /// `.`, used consistently), with a real day of the month and a year 1900–2099.
    public static let calendarDate = Validator(name: "calendar_date") { candidate in
        CalendarDate.isValid(candidate)
    }

    /// An E.164 phone number: `+`, then 8–15 digits with optional single separators.
    public static let e164Phone = Validator(name: "e164_phone") { candidate in
        guard candidate.first == UInt8(ascii: "+") else { return false }
        let digits = ASCII.filtered(candidate, ASCII.isDigit)
        return (8...15).contains(digits.count) && digits.first != UInt8(ascii: "0") && !ASCII.allSame(digits)
    }

    /// An id-like token seen with context (passport, licence, member id): 6–20 characters,
    /// at least 5 digits, not one repeated digit.
    public static let documentNumber = Validator(name: "document_number") { candidate in
        let digits = ASCII.filtered(candidate, ASCII.isDigit)
        return (6...20).contains(candidate.count) && digits.count >= 5 && !ASCII.allSame(digits)
    }
}

/// BIP 173 / BIP 350 checksums over a human-readable part and 5-bit data.
enum Bech32 {
    private static let charset = Array("qpzry9x8gf2tvdw0s3jn54khce6mua7l".utf8)
    private static let generator: [UInt32] = [0x3b6a_57b2, 0x2650_8e6d, 0x1ea1_19fa, 0x3d42_33dd, 0x2a14_62b3]
    private static let bech32Constant: UInt32 = 1
    private static let bech32mConstant: UInt32 = 0x2bc8_30a3

    /// Whether `candidate` is a bech32/bech32m string with a valid checksum.
    static func isValid(_ candidate: ArraySlice<UInt8>) -> Bool {
        let hasLower = candidate.contains(where: ASCII.isLower)
        let hasUpper = candidate.contains(where: ASCII.isUpper)
        guard !(hasLower && hasUpper), (14...90).contains(candidate.count),
            let separator = candidate.lastIndex(of: UInt8(ascii: "1")), separator > candidate.startIndex,
            candidate.endIndex - separator > 6
        else { return false }
        var values: [UInt8] = []
        for byte in candidate[..<separator] { values.append(ASCII.lower(byte) >> 5) }
        values.append(0)
        for byte in candidate[..<separator] { values.append(ASCII.lower(byte) & 31) }
        for byte in candidate[(separator + 1)...] {
            guard let value = charset.firstIndex(of: ASCII.lower(byte)) else { return false }
            values.append(UInt8(value))
        }
        let check = polymod(values)
        return check == bech32Constant || check == bech32mConstant
    }

    private static func polymod(_ values: [UInt8]) -> UInt32 {
        var check: UInt32 = 1
        for value in values {
            let top = check >> 25
            check = (check & 0x1ff_ffff) << 5 ^ UInt32(value)
            for (bit, word) in generator.enumerated() where (top >> UInt32(bit)) & 1 == 1 {
                check ^= word
            }
        }
        return check
    }
}

/// Parses the numeric date shapes that the date-of-birth pattern finds.
enum CalendarDate {
    /// Whether `candidate` is a real date in one of the supported orders.
    static func isValid(_ candidate: ArraySlice<UInt8>) -> Bool {
        let parts = candidate.split(whereSeparator: { !ASCII.isDigit($0) })
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 }) else { return false }
        let separators = candidate.filter { !ASCII.isDigit($0) }
        guard separators.count == 2, separators[0] == separators[1] else { return false }
        let numbers = parts.map { ASCII.number($0) }
        if parts[0].count == 4 { return isDate(year: numbers[0], month: numbers[1], day: numbers[2]) }
        guard parts[2].count == 4 else { return false }
        // Day-first (Europe) or month-first (US): either reading may be meant.
        return isDate(year: numbers[2], month: numbers[1], day: numbers[0])
            || isDate(year: numbers[2], month: numbers[0], day: numbers[1])
    }

    private static func isDate(year: Int, month: Int, day: Int) -> Bool {
        guard (1900...2099).contains(year), (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }
}
