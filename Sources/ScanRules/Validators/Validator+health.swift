/// Validators for health identifiers and other structured codes.
extension Validator {
    /// A US National Provider Identifier: 10 digits starting with 1 or 2, Luhn-valid once
    /// prefixed with the `80840` health-industry issuer code.
    public static let usNPI = Validator(name: "us_npi") { digits in
        guard digits.count == 10, ASCII.allDigits(digits) else { return false }
        guard digits.first == UInt8(ascii: "1") || digits.first == UInt8(ascii: "2") else { return false }
        return Checksum.luhn(Array("80840".utf8)[...] + digits)
    }

    /// A DEA registration number (`AB1234563`): a registrant letter, a letter (or 9), seven
    /// digits whose last is `(d1+d3+d5) + 2·(d2+d4+d6)` mod 10.
    public static let deaNumber = Validator(name: "dea_number") { candidate in
        guard candidate.count == 9, deaRegistrants.contains(ASCII.upper(candidate.first!)) else { return false }
        let second = ASCII.upper(candidate[candidate.startIndex + 1])
        guard ASCII.isUpper(second) || second == UInt8(ascii: "9") else { return false }
        let digits = candidate.dropFirst(2)
        guard ASCII.allDigits(digits) else { return false }
        let sum = Checksum.weightedSum(digits, [1, 2, 1, 2, 1, 2])
        return sum % 10 == ASCII.digit(digits.last!)
    }

    /// A UK NHS number: 10 digits, mod-11 check digit with weights 10…2 (remainder 10 is never issued).
    public static let nhsNumber = Validator(name: "uk_nhs") { digits in
        guard digits.count == 10, ASCII.allDigits(digits), !ASCII.allSame(digits) else { return false }
        let check = 11 - Checksum.weightedSum(digits, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11
        guard check != 10 else { return false }
        return check % 11 == ASCII.digit(digits.last!)
    }

    /// A vehicle identification number: 17 characters without I, O, Q and a check
    /// character in position 9 (North American rule; `X` stands for 10).
    public static let vin = Validator(name: "vin") { candidate in
        guard candidate.count == 17 else { return false }
        var sum = 0
        for (position, byte) in candidate.enumerated() {
            guard let value = vinValue(ASCII.upper(byte)) else { return false }
            sum += value * vinWeights[position]
        }
        let check = ASCII.upper(candidate[candidate.startIndex + 8])
        return sum % 11 == 10 ? check == UInt8(ascii: "X") : check == UInt8(ascii: "0") + UInt8(sum % 11)
    }

    /// An IMEI: 15 digits, Luhn-valid, not one repeated digit.
    public static let imei = Validator(name: "imei") { digits in
        digits.count == 15 && ASCII.allDigits(digits) && !ASCII.allSame(digits) && Checksum.luhn(digits)
    }

    private static let deaRegistrants: Set<UInt8> = Set("ABCDEFGHJKLMPRSTUX".utf8)
    private static let vinWeights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    /// A…H → 1…8, J…R → 1…9 (I, O, Q are never used: -1), S…Z → 2…9.
    private static let vinLetterValues = [
        1, 2, 3, 4, 5, 6, 7, 8, -1, 1, 2, 3, 4, 5, -1, 7, -1, 9, 2, 3, 4, 5, 6, 7, 8, 9,
    ]

    /// The VIN transliteration of a character; `nil` for I, O, Q and anything else.
    private static func vinValue(_ byte: UInt8) -> Int? {
        if ASCII.isDigit(byte) { return ASCII.digit(byte) }
        guard ASCII.isUpper(byte) else { return nil }
        let value = vinLetterValues[Int(byte - UInt8(ascii: "A"))]
        return value < 0 ? nil : value
    }
}
