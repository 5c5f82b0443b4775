import Foundation

/// Validators that judge how random a secret looks, and filter out obvious placeholders.
extension Validator {
    /// Accepts values whose Shannon entropy is at least `bitsPerChar` bits per byte.
    ///
    /// Random base64 secrets reach 4.5–6; English words and repeated characters stay under 3.5.
    /// - Parameter bitsPerChar: The threshold, typically 3.0–4.5.
    public static func minEntropy(_ bitsPerChar: Double) -> Validator {
        Validator(name: "min_entropy_\(bitsPerChar)") { candidate in
            Entropy.bitsPerByte(candidate) >= bitsPerChar
        }
    }

    /// A value assigned to a secret-looking name: `minLength`...`maxLength` bytes, at least
    /// `minEntropy` bits per byte, and not a placeholder, template or variable reference.
    /// Surrounding quotes are ignored.
    ///
    /// Patterns leave the upper length open (bounded repeats stop Vectorscan from tracking
    /// where a match starts, which makes scans far slower), so the bound lives here.
    public static func secretValue(minLength: Int, maxLength: Int = 512, minEntropy: Double) -> Validator {
        Validator(name: "secret_value") { candidate in
            let value = Placeholder.unquoted(candidate)
            return (minLength...max(minLength, maxLength)).contains(value.count) && !Placeholder.isPlaceholder(value)
                && Entropy.bitsPerByte(value) >= minEntropy
        }
    }
}

/// Shannon entropy of bytes.
enum Entropy {
    /// Bits per byte of `bytes` (0 for empty input).
    static func bitsPerByte(_ bytes: ArraySlice<UInt8>) -> Double {
        guard !bytes.isEmpty else { return 0 }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { counts in
            counts.initialize(repeating: 0)
            for byte in bytes { counts[Int(byte)] += 1 }
            let total = Double(bytes.count)
            var bits = 0.0
            for count in counts where count > 0 {
                let share = Double(count) / total
                bits -= share * log2(share)
            }
            return bits
        }
    }
}

/// Recognises values that stand in for a secret instead of being one.
enum Placeholder {
    /// `value` without one pair of surrounding quotes.
    static func unquoted(_ value: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard value.count >= 2, let first = value.first, first == value.last,
            first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") || first == UInt8(ascii: "`")
        else { return value }
        return value.dropFirst().dropLast()
    }

    /// Whether `value` is a template, a variable reference or a well-known dummy value.
    static func isPlaceholder(_ value: ArraySlice<UInt8>) -> Bool {
        guard let first = value.first else { return true }
        // `$VAR`, `${VAR}`, `%(name)s`, `<password>`, `{{ secret }}`, `*****`.
        if "$%<{*[(".utf8.contains(first) { return true }
        if ASCII.allSame(value) { return true }
        return markers.contains { ASCII.containsFolded(value, $0) }
    }

    /// Substrings that mark a value as a placeholder or a code reference (case-insensitive).
    private static let markers: [StaticString] = [
        "password", "passwd", "changeme", "change_me", "example", "placeholder", "your_", "your-", "xxxx",
        "****", "....", "dummy", "sample", "redacted", "todo", "fixme", "secret_here", "insert", "replace",
        "process.env", "os.environ", "getenv", "env(", "env[", "vault:", "undefined", "none", "null", "true",
        "false", "123456", "abcdef", "qwerty", "${", "{{", "}}",
    ]
}
