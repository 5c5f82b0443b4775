/// Validators for network identifiers and addresses.
extension Validator {
    /// A dotted IPv4 address: four octets 0–255 without leading zeros, not `0.0.0.0` nor
    /// `255.255.255.255`.
    public static let ipv4 = Validator(name: "ipv4") { candidate in
        var octets = 0
        var allZero = true
        var allOnes = true
        for part in candidate.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false) {
            guard (1...3).contains(part.count), ASCII.allDigits(part) else { return false }
            guard part.count == 1 || part.first != UInt8(ascii: "0") else { return false }
            let value = ASCII.number(part)
            guard value <= 255 else { return false }
            allZero = allZero && value == 0
            allOnes = allOnes && value == 255
            octets += 1
        }
        return octets == 4 && !allZero && !allOnes
    }

    /// An IPv6 address in full or `::`-compressed form (an embedded IPv4 tail is allowed).
    /// Times like `12:30:45` and MAC addresses fail: they have too few groups and no `::`.
    public static let ipv6 = Validator(name: "ipv6") { candidate in
        IPv6Shape(candidate)?.isValid ?? false
    }

    /// A MAC address: six hex pairs joined by one and the same `:` or `-`, not all zeros or all ones.
    public static let macAddress = Validator(name: "mac_address") { candidate in
        guard candidate.count == 17 else { return false }
        let separator = candidate[candidate.startIndex + 2]
        guard separator == UInt8(ascii: ":") || separator == UInt8(ascii: "-") else { return false }
        var hex: [UInt8] = []
        for (offset, byte) in candidate.enumerated() {
            if offset % 3 == 2 {
                guard byte == separator else { return false }
            } else {
                guard ASCII.isHex(byte) else { return false }
                hex.append(ASCII.lower(byte))
            }
        }
        return !ASCII.allSame(hex[...]) || (hex[0] != UInt8(ascii: "0") && hex[0] != UInt8(ascii: "f"))
    }

    /// An email address: a plausible local part, dot-separated domain labels (letters,
    /// digits, inner hyphens) and an alphabetic top-level domain of 2–24 letters.
    public static let email = Validator(name: "email") { candidate in
        guard let at = candidate.lastIndex(of: UInt8(ascii: "@")) else { return false }
        let local = candidate[..<at]
        let domain = candidate[(at + 1)...]
        guard (1...64).contains(local.count), (4...253).contains(domain.count) else { return false }
        guard local.first != UInt8(ascii: "."), local.last != UInt8(ascii: "."), !hasDoubleDot(local) else {
            return false
        }
        let labels = domain.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard labels.count >= 2, let tld = labels.last, (2...24).contains(tld.count) else { return false }
        return tld.allSatisfy(ASCII.isLetter) && labels.allSatisfy(isHostLabel)
    }

    /// Whether `label` is a DNS label: 1–63 letters, digits or inner hyphens.
    static func isHostLabel(_ label: ArraySlice<UInt8>) -> Bool {
        guard (1...63).contains(label.count), label.first != UInt8(ascii: "-"), label.last != UInt8(ascii: "-") else {
            return false
        }
        return label.allSatisfy { ASCII.isAlphanumeric($0) || $0 == UInt8(ascii: "-") }
    }

    private static func hasDoubleDot(_ bytes: ArraySlice<UInt8>) -> Bool {
        zip(bytes, bytes.dropFirst()).contains { $0 == UInt8(ascii: ".") && $1 == UInt8(ascii: ".") }
    }
}

/// The parsed group structure of an IPv6 candidate.
private struct IPv6Shape {
    var groups = 0
    var compressed = false
    var ipv4Tail = false

    /// Parses `candidate`; `nil` when a group is malformed or `::` appears twice.
    init?(_ candidate: ArraySlice<UInt8>) {
        let colon = UInt8(ascii: ":")
        var rest = candidate
        if rest.starts(with: [colon, colon]) {
            compressed = true
            rest = rest.dropFirst(2)
        }
        if rest.last == colon {
            guard rest.count >= 2, rest[rest.endIndex - 2] == colon, !compressed else { return nil }
            compressed = true
            rest = rest.dropLast(2)
        }
        guard parseGroups(rest) else { return nil }
    }

    /// Full form has 8 groups; compressed form fewer (an IPv4 tail counts as two).
    var isValid: Bool {
        let total = groups + (ipv4Tail ? 2 : 0)
        return compressed ? total <= 7 : total == 8
    }

    private mutating func parseGroups(_ text: ArraySlice<UInt8>) -> Bool {
        guard !text.isEmpty else { return compressed }
        let parts = text.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        for (index, part) in parts.enumerated() {
            if part.isEmpty {
                guard !compressed, index > 0 else { return false }
                compressed = true
            } else if index == parts.count - 1, part.contains(UInt8(ascii: ".")) {
                guard Validator.ipv4.isValid(part) else { return false }
                ipv4Tail = true
            } else {
                guard part.count <= 4, part.allSatisfy(ASCII.isHex) else { return false }
                groups += 1
            }
        }
        return true
    }
}
