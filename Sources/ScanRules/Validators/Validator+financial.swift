/// Validators for financial identifiers: cards, IBAN, ISIN, BIC.
extension Validator {
    /// A payment card number: a Visa, Mastercard, Amex, Discover, JCB or Diners prefix
    /// with a length that brand issues, and the Luhn check.
    public static let paymentCard = Validator(name: "payment_card") { digits in
        guard ASCII.allDigits(digits), !ASCII.allSame(digits) else { return false }
        return CardBrand.matches(digits) && Checksum.luhn(digits)
    }

    /// An IBAN: a known country with its exact length, then ISO 13616 mod 97 == 1.
    /// Spaces are ignored and letters may be either case.
    public static let iban = Validator(name: "iban_mod97") { candidate in
        let chars = ASCII.filtered(candidate) { $0 != UInt8(ascii: " ") }
        guard chars.count >= 15, chars.count <= 34, chars.allSatisfy(ASCII.isAlphanumeric) else { return false }
        let country = CountryCodes.key(chars[chars.startIndex], chars[chars.startIndex + 1])
        guard IBANLengths.byCountry[country] == chars.count else { return false }
        guard ASCII.allDigits(chars.dropFirst(2).prefix(2)) else { return false }
        return Checksum.remainder(chars.dropFirst(4) + chars.prefix(4), modulus: 97) == 1
    }

    /// An ISIN (`US0378331005`): a country prefix, nine alphanumerics and a Luhn check digit
    /// computed over the letters expanded to numbers.
    public static let isin = Validator(name: "isin") { candidate in
        guard candidate.count == 12, ASCII.isUpper(candidate.first!), ASCII.isUpper(candidate[candidate.startIndex + 1])
        else { return false }
        var expanded: [UInt8] = []
        expanded.reserveCapacity(24)
        for byte in candidate {
            guard let value = ASCII.alphanumericValue(byte) else { return false }
            if value >= 10 { expanded.append(UInt8(ascii: "0") + UInt8(value / 10)) }
            expanded.append(UInt8(ascii: "0") + UInt8(value % 10))
        }
        return Checksum.luhn(expanded[...])
    }

    /// A SWIFT/BIC code: a 4-letter bank code, a real ISO country, a 2-character location
    /// and an optional 3-character branch.
    public static let swiftBIC = Validator(name: "swift_bic") { candidate in
        guard candidate.count == 8 || candidate.count == 11 else { return false }
        guard candidate.prefix(4).allSatisfy(ASCII.isUpper) else { return false }
        let country = CountryCodes.key(candidate[candidate.startIndex + 4], candidate[candidate.startIndex + 5])
        guard CountryCodes.iso3166.contains(country) else { return false }
        return candidate.dropFirst(6).allSatisfy { ASCII.isUpper($0) || ASCII.isDigit($0) }
    }

    /// A US bank account number seen with context: 8–17 digits, not one repeated digit.
    public static let bankAccountNumber = Validator(name: "bank_account") { digits in
        (8...17).contains(digits.count) && ASCII.allDigits(digits) && !ASCII.allSame(digits)
    }
}

/// Issuer prefixes and lengths of the major card brands.
enum CardBrand {
    /// Whether the digits start with a known brand prefix and have that brand's length.
    static func matches(_ digits: ArraySlice<UInt8>) -> Bool {
        let count = digits.count
        let two = ASCII.number(digits.prefix(2))
        let four = ASCII.number(digits.prefix(4))
        let six = ASCII.number(digits.prefix(6))
        switch digits.first {
        case UInt8(ascii: "4"):  // Visa
            return count == 13 || count == 16 || count == 19
        case UInt8(ascii: "5"), UInt8(ascii: "2"):  // Mastercard 51–55 and 2221–2720
            return count == 16 && ((51...55).contains(two) || (2221...2720).contains(four))
        case UInt8(ascii: "3"):
            return amexOrDinersOrJCB(two: two, four: four, count: count)
        case UInt8(ascii: "6"):  // Discover
            let discover =
                four == 6011 || two == 65 || (644...649).contains(four / 10) || (622_126...622_925).contains(six)
            return discover && (16...19).contains(count)
        default:
            return false
        }
    }

    private static func amexOrDinersOrJCB(two: Int, four: Int, count: Int) -> Bool {
        if two == 34 || two == 37 { return count == 15 }  // Amex
        if (3528...3589).contains(four) { return (16...19).contains(count) }  // JCB
        if two == 36 || two == 38 || two == 39 || (300...305).contains(four / 10) || four / 10 == 309 {
            return (14...19).contains(count)  // Diners Club
        }
        return false
    }
}
