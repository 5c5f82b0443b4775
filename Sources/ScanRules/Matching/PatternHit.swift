/// One raw report from Vectorscan: a pattern matched bytes `start..<end`.
///
/// For a pattern compiled without start-of-match tracking, `start` holds the first of a
/// span of consecutive end offsets and `end` the last one (see ``HitCollector``).
struct PatternHit: Sendable, Hashable {
    /// The index of the pattern in the database.
    var pattern: Int
    /// The start offset (or the first end offset for patterns without start tracking).
    var start: Int
    /// The end offset (exclusive).
    var end: Int
}
