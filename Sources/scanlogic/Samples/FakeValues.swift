import Foundation

/// Well-formed but fake sensitive values, generated at run time from a seed.
///
/// They pass the same validators real values do (Luhn, mod-97, SSN rules), so the
/// sample and the benchmark corpus exercise the whole rule path, yet no real secret is
/// ever written to the repository.
struct FakeValues {
    private var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    mutating func digits(_ count: Int) -> String {
        String((0..<count).map { _ in Character(String(random.below(10))) })
    }

    mutating func characters(_ count: Int, from alphabet: String) -> String {
        let pool = Array(alphabet)
        return String((0..<count).map { _ in pool[Int(random.below(UInt64(pool.count)))] })
    }

    mutating func creditCard() -> String {
        let body = "4" + digits(14)
        let number = body + String(Self.luhnCheckDigit(body))
        return stride(from: 0, to: 16, by: 4).map { offset in
            String(number.dropFirst(offset).prefix(4))
        }.joined(separator: " ")
    }

    mutating func ssn() -> String {
        let area = 100 + Int(random.below(565))
        let group = 1 + Int(random.below(99))
        let serial = 1 + Int(random.below(9999))
        return "\(area)-\(Self.pad(group, 2))-\(Self.pad(serial, 4))"
    }

    mutating func iban() -> String {
        let bban = digits(18)
        let rearranged = bban + "1314" + "00"  // "DE" as digits, then "00"
        let check = 98 - Self.mod97(rearranged)
        return "DE\(Self.pad(check, 2))\(bban)"
    }

    mutating func email(name: String) -> String {
        name.lowercased().replacingOccurrences(of: " ", with: ".") + "@northwind-mail.com"
    }

    mutating func phone() -> String { "+1 (212) \(200 + random.below(700))-\(digits(4))" }

    mutating func awsAccessKey() -> String { "AKIA" + characters(16, from: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") }

    mutating func awsSecret() -> String { characters(40, from: Self.base64) }

    mutating func githubToken() -> String { "ghp_" + characters(36, from: Self.alphanumeric) }

    mutating func slackToken() -> String {
        "xoxb-\(digits(11))-\(digits(12))-" + characters(24, from: Self.alphanumeric)
    }

    mutating func password() -> String { characters(18, from: Self.alphanumeric + "!#%&*+-=?@^_") }

    mutating func jwt() -> String {
        let header = Self.base64url(#"{"alg":"HS256","typ":"JWT"}"#)
        let payload = Self.base64url(#"{"sub":"\#(digits(6))","name":"demo user","iat":1700000000}"#)
        return "\(header).\(payload).\(characters(43, from: Self.alphanumeric + "-_"))"
    }

    mutating func privateKey() -> String {
        let lines = (0..<12).map { _ in characters(64, from: Self.base64) }
        return "-----BEGIN RSA PRIVATE KEY-----\n" + lines.joined(separator: "\n") + "\n-----END RSA PRIVATE KEY-----"
    }

    mutating func name() -> String {
        let first = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken", "Radia", "Niklaus"]
        let last = [
            "Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "Thompson", "Perlman", "Wirth",
        ]
        return first[Int(random.below(10))] + " " + last[Int(random.below(10))]
    }

    mutating func pick<T>(_ values: [T]) -> T { values[Int(random.below(UInt64(values.count)))] }

    mutating func chance(_ probability: Double) -> Bool { Double(random.below(1_000_000)) / 1_000_000 < probability }

    static let alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    static let base64 = alphanumeric + "+/"

    static func luhnCheckDigit(_ body: String) -> Int {
        let sum = body.reversed().enumerated().reduce(0) { total, pair in
            let digit = Int(String(pair.element)) ?? 0
            let doubled = pair.offset % 2 == 0 ? digit * 2 : digit
            return total + (doubled > 9 ? doubled - 9 : doubled)
        }
        return (10 - sum % 10) % 10
    }

    private static func mod97(_ digits: String) -> Int {
        digits.reduce(0) { ($0 * 10 + (Int(String($1)) ?? 0)) % 97 }
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    private static func base64url(_ text: String) -> String {
        Base64.encode(Array(text.utf8)).replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}

/// A small, fast, seedable generator: the same seed gives the same corpus everywhere.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    mutating func below(_ bound: UInt64) -> UInt64 { next() % bound }
}

/// Standard base64, for building fake tokens.
enum Base64 {
    static func encode(_ bytes: [UInt8]) -> String {
        let table = Array(FakeValues.base64.utf8)
        var out: [UInt8] = []
        for start in stride(from: 0, to: bytes.count, by: 3) {
            let chunk = Array(bytes[start..<min(start + 3, bytes.count)]) + [0, 0]
            let value = UInt32(chunk[0]) << 16 | UInt32(chunk[1]) << 8 | UInt32(chunk[2])
            let count = min(3, bytes.count - start)
            for index in 0..<4 {
                out.append(index <= count ? table[Int(value >> UInt32(18 - 6 * index) & 63)] : UInt8(ascii: "="))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
