/// Validators for United States identifiers: SSN, ITIN, ABA routing numbers, EIN, NANP phones.
extension Validator {
    /// A US Social Security number (9 digits): area 001–899 except 666, group not 00,
    /// serial not 0000, and not one of the numbers made famous by ads and samples.
    public static let usSSN = Validator(name: "us_ssn") { digits in
        guard digits.count == 9, ASCII.allDigits(digits) else { return false }
        let area = ASCII.number(digits.prefix(3))
        let group = ASCII.number(digits.dropFirst(3).prefix(2))
        let serial = ASCII.number(digits.suffix(4))
        guard area != 0, area != 666, area < 900, group != 0, serial != 0 else { return false }
        return !knownFakeSSNs.contains(ASCII.number(digits))
    }

    /// A US Individual Taxpayer Identification Number: 9 digits starting with 9, whose
    /// middle group is 50–65, 70–88, 90–92 or 94–99.
    public static let usITIN = Validator(name: "us_itin") { digits in
        guard digits.count == 9, ASCII.allDigits(digits), digits.first == UInt8(ascii: "9") else { return false }
        let group = ASCII.number(digits.dropFirst(3).prefix(2))
        return (50...65).contains(group) || (70...88).contains(group) || (90...92).contains(group)
            || (94...99).contains(group)
    }

    /// An ABA routing transit number: 9 digits, a known Federal Reserve prefix and the
    /// 3-7-1 weighted checksum.
    public static let abaRouting = Validator(name: "aba_routing") { digits in
        guard digits.count == 9, ASCII.allDigits(digits), !ASCII.allSame(digits) else { return false }
        let prefix = ASCII.number(digits.prefix(2))
        let knownPrefix =
            (0...12).contains(prefix) || (21...32).contains(prefix) || (61...72).contains(prefix) || prefix == 80
        return knownPrefix && Checksum.weightedSum(digits, [3, 7, 1, 3, 7, 1, 3, 7, 1]) % 10 == 0
    }

    /// A US Employer Identification Number: 9 digits whose 2-digit prefix the IRS assigns.
    public static let usEIN = Validator(name: "us_ein") { digits in
        guard digits.count == 9, ASCII.allDigits(digits), !ASCII.allSame(digits.suffix(7)) else { return false }
        return einPrefixes.contains(ASCII.number(digits.prefix(2)))
    }

    /// A North American (NANP) phone number of 10 digits: area code and exchange start
    /// with 2–9, neither is an N11 service code, and 555-01xx (reserved for fiction) is out.
    public static let nanpPhone = Validator(name: "nanp_phone") { digits in
        guard digits.count == 10, ASCII.allDigits(digits) else { return false }
        let area = digits.prefix(3)
        let exchange = digits.dropFirst(3).prefix(3)
        guard isNANPCode(area), isNANPCode(exchange) else { return false }
        let fictional = ASCII.number(exchange) == 555 && ASCII.number(digits.suffix(4)) / 100 == 1
        return !fictional
    }

    /// Numbers that appear in ads, samples and documentation, never real people.
    private static let knownFakeSSNs: Set<Int> = [78_051_120, 123_456_789, 219_099_999]

    /// Prefixes assigned to IRS campuses and the internet EIN service.
    private static let einPrefixes: Set<Int> = Set(
        Array(1...6) + Array(10...16) + Array(20...27) + Array(30...48) + Array(50...68)
            + Array(71...77) + Array(80...88) + Array(90...95) + [98, 99]
    )

    /// A 3-digit NANP area code or exchange: first digit 2–9 and not `N11`.
    private static func isNANPCode(_ code: ArraySlice<UInt8>) -> Bool {
        let bytes = Array(code)
        guard bytes.count == 3, bytes[0] >= UInt8(ascii: "2") else { return false }
        return !(bytes[1] == UInt8(ascii: "1") && bytes[2] == UInt8(ascii: "1"))
    }
}
