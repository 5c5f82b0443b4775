/// A set of small integers (0 to 63) kept as a bit mask, so "the next allowed value" is one
/// instruction instead of a scan.
struct CronBits: Hashable, Sendable {
    private(set) var mask: UInt64 = 0

    /// Whether `value` is in the set.
    func contains(_ value: Int) -> Bool {
        (0..<64).contains(value) && mask & (1 << UInt64(value)) != 0
    }

    /// The smallest member that is at least `value`, or `nil`.
    func first(atLeast value: Int) -> Int? {
        guard value < 64 else { return nil }
        let shift = UInt64(max(value, 0))
        let rest = (mask >> shift) << shift
        return rest == 0 ? nil : rest.trailingZeroBitCount
    }

    /// The members, for callers that want a plain set.
    var values: Set<Int> {
        Set((0..<64).filter(contains))
    }

    mutating func insert(_ value: Int) {
        mask |= 1 << UInt64(value)
    }
}
