/// Validators for national identifiers outside Europe and the United States.
extension Validator {
    /// The Luhn (mod 10) check on a run of digits: cards, IMEI, Canadian SIN.
    public static let luhn = Validator(name: "luhn") { digits in
        ASCII.allDigits(digits) && Checksum.luhn(digits)
    }

    /// A Canadian Social Insurance Number: 9 digits, Luhn-valid, not starting with 0 or 8
    /// (never issued).
    public static let canadianSIN = Validator(name: "ca_sin") { digits in
        guard digits.count == 9, ASCII.allDigits(digits), !ASCII.allSame(digits) else { return false }
        guard let first = digits.first, first != UInt8(ascii: "0"), first != UInt8(ascii: "8") else { return false }
        return Checksum.luhn(digits)
    }

    /// An Indian Aadhaar number: 12 digits, first digit 2–9, Verhoeff check digit.
    public static let aadhaar = Validator(name: "in_aadhaar") { digits in
        guard digits.count == 12, ASCII.allDigits(digits), let first = digits.first else { return false }
        return first >= UInt8(ascii: "2") && !ASCII.allSame(digits) && Checksum.verhoeff(digits)
    }

    /// A Brazilian CPF (`529.982.247-25`): two mod-11 check digits; punctuation ignored.
    public static let brazilCPF = Validator(name: "br_cpf") { candidate in
        let digits = ASCII.filtered(candidate, ASCII.isDigit)
        guard digits.count == 11, !ASCII.allSame(digits) else { return false }
        let first = Checksum.weightedSum(digits, [10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10 % 11 % 10
        let second = Checksum.weightedSum(digits, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10 % 11 % 10
        return first == ASCII.digit(digits[digits.startIndex + 9]) && second == ASCII.digit(digits.last!)
    }

    /// A Brazilian CNPJ (`11.222.333/0001-81`): two mod-11 check digits; punctuation ignored.
    public static let brazilCNPJ = Validator(name: "br_cnpj") { candidate in
        let digits = ASCII.filtered(candidate, ASCII.isDigit)
        guard digits.count == 14, !ASCII.allSame(digits) else { return false }
        let weights = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
        let first = cnpjDigit(Checksum.weightedSum(digits, Array(weights.dropFirst())))
        let second = cnpjDigit(Checksum.weightedSum(digits, weights))
        return first == ASCII.digit(digits[digits.startIndex + 12]) && second == ASCII.digit(digits.last!)
    }

    /// An Australian Tax File Number: 8 or 9 digits whose weighted sum is divisible by 11.
    public static let australianTFN = Validator(name: "au_tfn") { digits in
        guard ASCII.allDigits(digits), !ASCII.allSame(digits) else { return false }
        switch digits.count {
        case 9: return Checksum.weightedSum(digits, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 == 0
        case 8: return Checksum.weightedSum(digits, [10, 7, 8, 4, 6, 3, 5, 1]) % 11 == 0
        default: return false
        }
    }

    /// An Australian Business Number: 11 digits; subtract 1 from the first, and the
    /// weighted sum is divisible by 89.
    public static let australianABN = Validator(name: "au_abn") { digits in
        guard digits.count == 11, ASCII.allDigits(digits), digits.first != UInt8(ascii: "0") else { return false }
        let sum = Checksum.weightedSum(digits, [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]) - 10
        return sum % 89 == 0
    }

    /// The CNPJ check digit for a weighted sum.
    private static func cnpjDigit(_ sum: Int) -> Int {
        let rest = sum % 11
        return rest < 2 ? 0 : 11 - rest
    }
}
