/// Byte-level character tests for validators, so no candidate is ever turned into a `String`.
enum ASCII {
    /// Whether `byte` is `0`...`9`.
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// Whether `byte` is `A`...`Z`.
    @inline(__always) static func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }

    /// Whether `byte` is `a`...`z`.
    @inline(__always) static func isLower(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }

    /// Whether `byte` is an ASCII letter.
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { isUpper(byte) || isLower(byte) }

    /// Whether `byte` is an ASCII letter or digit.
    @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) }

    /// Whether `byte` is a hexadecimal digit of either case.
    @inline(__always) static func isHex(_ byte: UInt8) -> Bool { hexValue(byte) != nil }

    /// The upper-case form of an ASCII letter; other bytes unchanged.
    @inline(__always) static func upper(_ byte: UInt8) -> UInt8 { isLower(byte) ? byte - 0x20 : byte }

    /// The lower-case form of an ASCII letter; other bytes unchanged.
    @inline(__always) static func lower(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte + 0x20 : byte }

    /// The value of a decimal digit byte (the caller has checked ``isDigit(_:)``).
    @inline(__always) static func digit(_ byte: UInt8) -> Int { Int(byte &- 0x30) }

    /// The value of a hexadecimal digit, or `nil`.
    static func hexValue(_ byte: UInt8) -> Int? {
        if isDigit(byte) { return digit(byte) }
        let folded = upper(byte)
        return folded >= 0x41 && folded <= 0x46 ? Int(folded - 0x41 + 10) : nil
    }

    /// `0`...`9` → 0...9, `A`...`Z` (either case) → 10...35, as IBAN and ISIN expand letters.
    static func alphanumericValue(_ byte: UInt8) -> Int? {
        if isDigit(byte) { return digit(byte) }
        if isLetter(byte) { return Int(upper(byte) - 0x41) + 10 }
        return nil
    }

    /// Whether every byte is a decimal digit (and there is at least one).
    static func allDigits(_ bytes: ArraySlice<UInt8>) -> Bool { !bytes.isEmpty && bytes.allSatisfy(isDigit) }

    /// Whether every byte equals the first: `000000000`, `1111111111`.
    static func allSame(_ bytes: ArraySlice<UInt8>) -> Bool { bytes.allSatisfy { $0 == bytes.first } }

    /// The decimal number spelled by `bytes` (all digits, at most 18 of them).
    static func number(_ bytes: ArraySlice<UInt8>) -> Int { bytes.reduce(0) { $0 * 10 + digit($1) } }

    /// The bytes of `candidate` that pass `keep`, e.g. the digits of `529.982.247-25`.
    static func filtered(_ candidate: ArraySlice<UInt8>, _ keep: (UInt8) -> Bool) -> ArraySlice<UInt8> {
        var out: [UInt8] = []
        out.reserveCapacity(candidate.count)
        for byte in candidate where keep(byte) { out.append(byte) }
        return out[...]
    }

    /// Whether `haystack` contains `needle`, comparing ASCII letters case-insensitively.
    static func containsFolded(_ haystack: ArraySlice<UInt8>, _ needle: StaticString) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard count > 0, haystack.count >= count else { return false }
        return needle.withUTF8Buffer { pattern in
            var start = haystack.startIndex
            while start + count <= haystack.endIndex {
                var offset = 0
                while offset < count, lower(haystack[start + offset]) == pattern[offset] { offset += 1 }
                if offset == count { return true }
                start += 1
            }
            return false
        }
    }
}
