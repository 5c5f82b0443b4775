/// Check-digit algorithms over ASCII digit bytes, shared by the validators.
///
/// Every function expects digit bytes only (`0x30...0x39`); the callers check the shape.
enum Checksum {
    /// Luhn (mod 10), as used by payment cards, IMEI and the Canadian SIN.
    static func luhn(_ digits: ArraySlice<UInt8>) -> Bool {
        var sum = 0
        var double = false
        for byte in digits.reversed() {
            var value = ASCII.digit(byte)
            if double {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
            double.toggle()
        }
        return !digits.isEmpty && sum % 10 == 0
    }

    /// Verhoeff's dihedral-group check, as used by Aadhaar.
    static func verhoeff(_ digits: ArraySlice<UInt8>) -> Bool {
        var check = 0
        for (position, byte) in digits.reversed().enumerated() {
            check = multiplication[check][permutation[position % 8][ASCII.digit(byte)]]
        }
        return !digits.isEmpty && check == 0
    }

    /// ISO 7064 MOD 11,10: whether the last digit is the check digit of the others (Steuer-IdNr).
    static func iso7064Mod11Radix10(_ digits: ArraySlice<UInt8>) -> Bool {
        guard let last = digits.last else { return false }
        var product = 10
        for byte in digits.dropLast() {
            var sum = (ASCII.digit(byte) + product) % 10
            if sum == 0 { sum = 10 }
            product = (sum * 2) % 11
        }
        let check = (11 - product) % 10
        return check == ASCII.digit(last)
    }

    /// The weighted digit sum `Σ digit × weight`, stopping at the shorter of the two.
    static func weightedSum(_ digits: ArraySlice<UInt8>, _ weights: [Int]) -> Int {
        zip(digits, weights).reduce(0) { $0 + ASCII.digit($1.0) * $1.1 }
    }

    /// The remainder of a long alphanumeric number modulo `modulus`, letters counting 10...35.
    ///
    /// Works digit by digit, so it handles 30-digit IBANs without big integers.
    static func remainder(_ bytes: some Sequence<UInt8>, modulus: Int) -> Int? {
        var rest = 0
        for byte in bytes {
            guard let value = ASCII.alphanumericValue(byte) else { return nil }
            rest = (value < 10 ? rest * 10 + value : rest * 100 + value) % modulus
        }
        return rest
    }

    private static let multiplication: [[Int]] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
        [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ]

    private static let permutation: [[Int]] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
        [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ]
}
