import Foundation

/// Obviously fake but well-formed test values, generated at run time so that no real-looking
/// secret is ever committed. The same seed always gives the same value.
enum Fake {
    static let upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    static let letters = upper + upper.lowercased()
    static let alnumAlphabet = letters + "0123456789"
    static let hexAlphabet = "0123456789abcdef"
    static let base64Alphabet = alnumAlphabet + "+/"
    static let urlSafeAlphabet = alnumAlphabet + "-_"

    /// `count` characters of `alphabet`, chosen by a SplitMix64 generator seeded with `seed`.
    static func string(_ count: Int, from alphabet: String, seed: UInt64) -> String {
        let characters = Array(alphabet)
        var state = seed &+ 0x9E37_79B9_7F4A_7C15
        return String(
            (0..<count).map { _ in
                state = state &+ 0x9E37_79B9_7F4A_7C15
                var mixed = state
                mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
                mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
                mixed ^= mixed >> 31
                return characters[Int(mixed % UInt64(characters.count))]
            }
        )
    }

    static func alnum(_ count: Int, seed: UInt64 = 1) -> String { string(count, from: alnumAlphabet, seed: seed) }
    static func hex(_ count: Int, seed: UInt64 = 2) -> String { string(count, from: hexAlphabet, seed: seed) }
    static func base64(_ count: Int, seed: UInt64 = 3) -> String { string(count, from: base64Alphabet, seed: seed) }
    static func urlSafe(_ count: Int, seed: UInt64 = 4) -> String { string(count, from: urlSafeAlphabet, seed: seed) }
    static func letters(_ count: Int, seed: UInt64 = 5) -> String { string(count, from: letters, seed: seed) }
    static func digits(_ count: Int, seed: UInt64 = 6) -> String { string(count, from: "0123456789", seed: seed) }

    /// A random-looking UUID in lower-case hex.
    static func uuid(seed: UInt64 = 7) -> String {
        let hex = hex(32, seed: seed)
        let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            String(hex.dropFirst(range.lowerBound).prefix(range.count))
        }
        return parts.joined(separator: "-")
    }

    /// Standard base64 of the UTF-8 bytes of `text`.
    static func base64Encoded(_ text: String) -> String { Data(text.utf8).base64EncodedString() }

    /// Unpadded base64url of the UTF-8 bytes of `text`, as JWT uses.
    static func base64URL(_ text: String) -> String {
        base64Encoded(text).replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// A PEM block with `label` and a random base64 body, built here so no key is committed.
    static func pem(_ label: String, headers: [String] = [], seed: UInt64 = 8) -> String {
        let body = (0..<4).map { base64(64, seed: seed + UInt64($0)) }
        let lines = ["-----BEGIN " + label + "-----"] + headers + body + ["-----END " + label + "-----"]
        return lines.joined(separator: "\n")
    }

    /// A JWT with the given header and payload JSON and a random signature.
    static func jwt(
        header: String = #"{"alg":"HS256","typ":"JWT"}"#,
        payload: String = #"{"sub":"1234567890"}"#
    )
        -> String
    {
        [base64URL(header), base64URL(payload), urlSafe(43, seed: 9)].joined(separator: ".")
    }
}
