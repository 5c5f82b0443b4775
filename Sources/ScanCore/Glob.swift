/// A shell-style glob over `/`-separated paths.
///
/// `*` matches within one path segment, `**` matches any number of segments, `?` one
/// character, `[abc]`/`[a-z]`/`[!a]` a character class. A pattern without `/` is matched
/// against the last segment only, as `.gitignore` does, so `*.log` matches `a/b/c.log`.
public struct Glob: Sendable, Hashable {
    private let pattern: [UInt8]
    private let basenameOnly: Bool

    /// Parses a pattern; every string is a valid pattern.
    public init(_ pattern: String) {
        var text = pattern
        if text.hasPrefix("/") { text.removeFirst() }
        self.basenameOnly = !text.contains("/")
        self.pattern = Array(text.utf8)
    }

    /// Whether `path` matches the pattern.
    public func matches(_ path: String) -> Bool {
        var bytes = Array(path.utf8)
        if bytes.first == UInt8(ascii: "/") { bytes.removeFirst() }
        if basenameOnly, let slash = bytes.lastIndex(of: UInt8(ascii: "/")) {
            bytes = Array(bytes[(slash + 1)...])
        }
        return Self.match(pattern[...], bytes[...])
    }

    private static let star = UInt8(ascii: "*")
    private static let slash = UInt8(ascii: "/")

    private static func match(_ pattern: ArraySlice<UInt8>, _ text: ArraySlice<UInt8>) -> Bool {
        guard let head = pattern.first else { return text.isEmpty }
        if head == star {
            return matchStar(pattern, text)
        }
        guard let char = text.first else { return false }
        guard let consumed = matchOne(pattern, char) else { return false }
        return match(pattern.dropFirst(consumed), text.dropFirst())
    }

    private static func matchStar(_ pattern: ArraySlice<UInt8>, _ text: ArraySlice<UInt8>) -> Bool {
        let isDouble = pattern.dropFirst().first == star
        let rest = pattern.dropFirst(isDouble ? 2 : 1)
        // `**/` also matches zero directories.
        if isDouble, rest.first == slash, match(rest.dropFirst(), text) { return true }
        var index = text.startIndex
        while true {
            if match(rest, text[index...]) { return true }
            guard index < text.endIndex else { return false }
            if !isDouble, text[index] == slash { return false }
            index += 1
        }
    }

    /// Matches one pattern element against `char`; returns how many pattern bytes it used.
    private static func matchOne(_ pattern: ArraySlice<UInt8>, _ char: UInt8) -> Int? {
        let head = pattern[pattern.startIndex]
        switch head {
        case UInt8(ascii: "?"):
            return char == slash ? nil : 1
        case UInt8(ascii: "["):
            return matchClass(pattern, char)
        default:
            return head == char ? 1 : nil
        }
    }

    private static func matchClass(_ pattern: ArraySlice<UInt8>, _ char: UInt8) -> Int? {
        var index = pattern.index(after: pattern.startIndex)
        let negated =
            index < pattern.endIndex && (pattern[index] == UInt8(ascii: "!") || pattern[index] == UInt8(ascii: "^"))
        if negated { index += 1 }
        var found = false
        var first = true
        while index < pattern.endIndex, first || pattern[index] != UInt8(ascii: "]") {
            first = false
            let low = pattern[index]
            if index + 2 < pattern.endIndex, pattern[index + 1] == UInt8(ascii: "-"),
                pattern[index + 2] != UInt8(ascii: "]")
            {
                if low <= char && char <= pattern[index + 2] { found = true }
                index += 3
            } else {
                if low == char { found = true }
                index += 1
            }
        }
        // An unterminated class is treated as a literal `[`.
        guard index < pattern.endIndex else { return char == UInt8(ascii: "[") ? 1 : nil }
        return found != negated ? index - pattern.startIndex + 1 : nil
    }
}
