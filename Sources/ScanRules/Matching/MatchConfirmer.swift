/// Decides whether a candidate becomes a ``RuleMatch`` and how confident it is.
///
/// It applies, in order: the allow list, the validator, then context keywords.
struct MatchConfirmer: Sendable {
    /// How much a nearby context keyword adds to the base confidence.
    static let contextBoost = 0.15

    private let validator: Validator?
    private let keywords: [[UInt8]]
    private let distance: Int
    private let requiresContext: Bool
    private let baseConfidence: Double
    private let allowList: Set<String>

    /// Prepares the checks of `classifier`.
    init(_ classifier: Classifier) {
        validator = classifier.validator
        keywords = classifier.contextKeywords.map { Array($0.lowercased().utf8) }.filter { !$0.isEmpty }
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

    /// Whether a keyword ends at most `distance` bytes before `around` or starts at most
    /// `distance` bytes after it (or overlaps it), without leaving `limits`.
    private func hasKeyword(near around: Range<Int>, limits: Range<Int>, in data: UnsafeRawBufferPointer) -> Bool {
        keywords.contains { keyword in
            let first = max(limits.lowerBound, around.lowerBound - distance - keyword.count)
            let last = min(limits.upperBound - keyword.count, around.upperBound + distance)
            guard first <= last else { return false }
            return (first...last).contains { Self.equalsLowercased(data, at: $0, keyword) }
        }
    }

    /// Compares bytes at `start` with an already lower-cased keyword, folding ASCII only.
    private static func equalsLowercased(_ data: UnsafeRawBufferPointer, at start: Int, _ keyword: [UInt8]) -> Bool {
        for (offset, expected) in keyword.enumerated() {
            var byte = data[start + offset]
            if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
            if byte != expected { return false }
        }
        return true
    }
}
