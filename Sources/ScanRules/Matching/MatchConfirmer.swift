/// Decides whether a candidate becomes a ``RuleMatch`` and how confident it is.
///
/// It applies, in order: the allow list, the validator, then context keywords.
struct MatchConfirmer: Sendable {
    /// How much a nearby context keyword adds to the base confidence.
    static let contextBoost = 0.15

    private let validator: Validator?
    private let keywords: [[UInt8]]
    /// Per lower-cased byte, whether some keyword starts with it.
    private let startsKeyword: [Bool]
    private let longestKeyword: Int
    private let shortestKeyword: Int
    private let distance: Int
    private let requiresContext: Bool
    private let baseConfidence: Double
    private let allowList: Set<String>

    /// Prepares the checks of `classifier`.
    init(_ classifier: Classifier) {
        validator = classifier.validator
        let keywords = classifier.contextKeywords.map { Array($0.lowercased().utf8) }.filter { !$0.isEmpty }
        var startsKeyword = Array(repeating: false, count: 256)
        for keyword in keywords { startsKeyword[Int(keyword[0])] = true }
        self.keywords = keywords
        self.startsKeyword = startsKeyword
        longestKeyword = keywords.map(\.count).max() ?? 0
        shortestKeyword = keywords.map(\.count).min() ?? 0
        distance = max(0, classifier.contextDistance)
        requiresContext = classifier.requiresContext
        baseConfidence = classifier.baseConfidence
        allowList = classifier.allowList
    }

    /// The confidence of a candidate, or `nil` when it is dropped.
    /// - Parameters:
    ///   - value: The value's bytes in `data`.
    ///   - checked: What the validator sees (for digit shapes, the digits alone).
    ///   - around: The text whose surroundings are searched for keywords (the whole match).
    ///   - limits: Keywords outside these bytes do not count (one value of a packed table).
    func confidence(
        value: Range<Int>,
        checked: ArraySlice<UInt8>,
        around: Range<Int>,
        limits: Range<Int>,
        in data: UnsafeRawBufferPointer
    ) -> Double? {
        if !allowList.isEmpty, allowList.contains(String(decoding: data[value], as: UTF8.self)) { return nil }
        if let validator, !validator.isValid(checked) { return nil }
        guard !keywords.isEmpty else { return baseConfidence }
        if hasKeyword(near: around, limits: limits, in: data) { return min(1, baseConfidence + Self.contextBoost) }
        return requiresContext ? nil : baseConfidence
    }

    /// Whether a match inside `window` could pass the context check at all.
    ///
    /// Candidates of context-only rules (dates, licence numbers) are common and their
    /// start is costly to recover; without a keyword near the window none can survive.
    /// Any keyword in reach of the window counts, so the answer may be a false yes but
    /// never a false no.
    /// - Parameter clear: Offsets known to start no keyword; updated, so that the
    ///   overlapping windows of one scan do not search the same bytes again.
    func mayHaveContext(around window: Range<Int>, in data: UnsafeRawBufferPointer, clear: inout Range<Int>) -> Bool {
        guard requiresContext, !keywords.isEmpty else { return true }
        let lower = max(0, window.lowerBound - distance - longestKeyword)
        let upper = min(data.count - shortestKeyword + 1, window.upperBound + distance + 1)
        guard lower < upper else { return false }
        let from = clear.contains(lower) ? min(clear.upperBound, upper) : lower
        if let found = (from..<upper).first(where: { beginsKeyword(at: $0, in: data) }) {
            clear = lower..<found
            return true
        }
        clear = lower..<upper
        return false
    }

    /// Whether some keyword starts at `start`.
    private func beginsKeyword(at start: Int, in data: UnsafeRawBufferPointer) -> Bool {
        guard startsKeyword[Int(Self.lowered(data[start]))] else { return false }
        return keywords.contains { start + $0.count <= data.count && Self.equalsLowercased(data, at: start, $0) }
    }

    /// Whether a keyword ends at most `distance` bytes before `around` or starts at most
    /// `distance` bytes after it (or overlaps it), without leaving `limits`.
    ///
    /// One pass over the candidate offsets rejects most of them on their first byte, so
    /// the cost barely grows with the number of keywords.
    private func hasKeyword(near around: Range<Int>, limits: Range<Int>, in data: UnsafeRawBufferPointer) -> Bool {
        let first = max(limits.lowerBound, around.lowerBound - distance - longestKeyword)
        let last = min(limits.upperBound - shortestKeyword, around.upperBound + distance)
        guard first <= last else { return false }
        for start in first...last where startsKeyword[Int(Self.lowered(data[start]))] {
            let found = keywords.contains { keyword in
                start >= around.lowerBound - distance - keyword.count
                    && start <= limits.upperBound - keyword.count
                    && Self.equalsLowercased(data, at: start, keyword)
            }
            if found { return true }
        }
        return false
    }

    /// Folds ASCII upper-case letters; other bytes are compared as they are.
    private static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// Compares bytes at `start` with an already lower-cased keyword, folding ASCII only.
    private static func equalsLowercased(_ data: UnsafeRawBufferPointer, at start: Int, _ keyword: [UInt8]) -> Bool {
        for (offset, expected) in keyword.enumerated() {
            if lowered(data[start + offset]) != expected { return false }
        }
        return true
    }
}
