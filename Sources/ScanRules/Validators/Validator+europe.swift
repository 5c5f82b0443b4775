/// Validators for European national identifiers.
extension Validator {
    /// A UK National Insurance number such as `AB 12 34 56 C`: two prefix letters that
    /// HMRC issues, six digits and a suffix A–D. Spaces are ignored.
    public static let ukNINO = Validator(name: "uk_nino") { candidate in
        let chars = ASCII.filtered(candidate) { $0 != UInt8(ascii: " ") }
        guard chars.count == 9 else { return false }
        let first = ASCII.upper(chars[0])
        let second = ASCII.upper(chars[1])
        let suffix = ASCII.upper(chars[8])
        guard ASCII.isUpper(first), ASCII.isUpper(second), ASCII.allDigits(chars[2..<8]) else { return false }
        guard !ninoBadFirst.contains(first), !ninoBadSecond.contains(second) else { return false }
        guard (UInt8(ascii: "A")...UInt8(ascii: "D")).contains(suffix) else { return false }
        return !ninoBadPrefixes.contains([first, second])
    }

    /// A Dutch burgerservicenummer: 9 digits passing the "11-proef" (weights 9…2, then −1).
    public static let dutchBSN = Validator(name: "nl_bsn") { digits in
        guard digits.count == 9, ASCII.allDigits(digits), !ASCII.allSame(digits) else { return false }
        let sum = Checksum.weightedSum(digits, [9, 8, 7, 6, 5, 4, 3, 2, -1])
        return sum % 11 == 0
    }

    /// A Spanish DNI (`12345678Z`) or NIE (`X1234567L`): the letter is the number mod 23.
    public static let spanishDNI = Validator(name: "es_dni_nie") { candidate in
        let chars = ASCII.filtered(candidate) { $0 != UInt8(ascii: "-") }
        guard chars.count == 9, let letter = chars.last.map(ASCII.upper) else { return false }
        var body = Array(chars.dropLast())
        // NIE: X, Y, Z stand for a leading 0, 1, 2.
        let lead = ASCII.upper(body[0])
        if lead >= UInt8(ascii: "X"), lead <= UInt8(ascii: "Z") { body[0] = lead - UInt8(ascii: "X") + 0x30 }
        guard ASCII.allDigits(body[...]) else { return false }
        return dniLetters[ASCII.number(body[...]) % 23] == letter
    }

    /// An Italian codice fiscale (16 characters): the last letter checks the other 15.
    public static let italianFiscalCode = Validator(name: "it_codice_fiscale") { candidate in
        guard candidate.count == 16, candidate.allSatisfy(ASCII.isAlphanumeric) else { return false }
        var sum = 0
        for (position, byte) in candidate.dropLast().enumerated() {
            guard let value = ASCII.alphanumericValue(byte) else { return false }
            // Digits and letters share values: `0` counts like `A`.
            let index = value < 10 ? value : value - 10
            sum += position % 2 == 0 ? fiscalOddValues[index] : index
        }
        return UInt8(ascii: "A") + UInt8(sum % 26) == ASCII.upper(candidate.last!)
    }

    /// A French social security number (NIR/INSEE, 13 digits and a 2-digit key), spaces
    /// allowed; Corsican departments 2A/2B count as 19/18 as INSEE specifies.
    public static let frenchINSEE = Validator(name: "fr_insee") { candidate in
        let chars = ASCII.filtered(candidate) { $0 != UInt8(ascii: " ") }
        guard chars.count == 15, ASCII.allDigits(chars.suffix(2)) else { return false }
        guard chars.first == UInt8(ascii: "1") || chars.first == UInt8(ascii: "2") else { return false }
        var body = Array(chars.prefix(13))
        var correction = 0
        switch ASCII.upper(body[6]) {
        case UInt8(ascii: "A"): correction = 1_000_000
        case UInt8(ascii: "B"): correction = 2_000_000
        default: break
        }
        if correction > 0 { body[6] = UInt8(ascii: "0") }
        guard ASCII.allDigits(body[...]) else { return false }
        let number = ASCII.number(body[...]) - correction
        return 97 - number % 97 == ASCII.number(chars.suffix(2))
    }

    /// A German tax id (Steuer-IdNr, 11 digits): no leading 0, exactly one digit repeated
    /// (two or three times) in the first ten, and an ISO 7064 MOD 11,10 check digit.
    public static let germanTaxID = Validator(name: "de_steuer_id") { digits in
        guard digits.count == 11, ASCII.allDigits(digits), digits.first != UInt8(ascii: "0") else { return false }
        var counts = [Int](repeating: 0, count: 10)
        for byte in digits.prefix(10) { counts[ASCII.digit(byte)] += 1 }
        let repeated = counts.filter { $0 > 1 }
        guard repeated.count == 1, repeated[0] <= 3 else { return false }
        return Checksum.iso7064Mod11Radix10(digits)
    }

    private static let ninoBadFirst: Set<UInt8> = Set("DFIQUV".utf8)
    private static let ninoBadSecond: Set<UInt8> = Set("DFIOQUV".utf8)
    /// Prefixes never issued (BG, GB, NK, KN, TN, NT, ZZ) because they read as something else.
    private static let ninoBadPrefixes: Set<[UInt8]> = Set(
        ["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].map { Array($0.utf8) }
    )
    private static let dniLetters = Array("TRWAGMYFPDXBNJZSQVHLCKE".utf8)
    /// Values of characters in odd positions (1st, 3rd, …) for `0`/`A` through `9`/`J` and `K`…`Z`.
    private static let fiscalOddValues = [
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
    ]
}
