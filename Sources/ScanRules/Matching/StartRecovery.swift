/// Finds the start of matches for a pattern that Vectorscan compiled without start tracking.
///
/// Vectorscan still tells us where such matches end, so the Foundation regex only runs
/// in a small window before each span of end offsets instead of over the whole buffer.
struct StartRecovery: Sendable {
    /// How far back to look when the pattern's matches have no upper bound on length.
    static let unboundedWindow = 512

    private let regex: ByteRegex
    private let lookBehind: Int

    /// Creates a recovery for `pattern`, whose matches are at most `maxWidth` bytes long.
    /// - Throws: ``ScanError`` with `.invalidRule` when Foundation rejects the expression.
    init(pattern: VectorscanPattern, maxWidth: Int?) throws {
        regex = try ByteRegex(pattern.expression, caseInsensitive: pattern.caseInsensitive, owner: pattern.owner)
        lookBehind = min(maxWidth ?? Self.unboundedWindow, 4 * Self.unboundedWindow)
    }

    /// The matches whose end falls in the span of end offsets `span.start...span.end`.
    func recover(_ span: PatternHit, in data: UnsafeRawBufferPointer) -> [PatternHit] {
        let window = max(0, span.start - lookBehind)..<span.end
        return regex.matches(in: data, window: window).compactMap { found in
            // A match ending before the span was cut short by the window's left edge.
            guard found.upperBound >= span.start, !found.isEmpty else { return nil }
            return PatternHit(pattern: span.pattern, start: found.lowerBound, end: found.upperBound)
        }
    }
}
