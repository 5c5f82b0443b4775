/// The byte ranges of the values packed into one buffer, searchable by offset.
struct SegmentIndex: Sendable {
    /// Where each segment starts, ascending.
    private(set) var starts: [Int] = []
    /// Where each segment ends (exclusive).
    private(set) var ends: [Int] = []

    /// Appends a segment that starts after every existing one.
    mutating func append(_ range: Range<Int>) {
        starts.append(range.lowerBound)
        ends.append(range.upperBound)
    }

    /// The index of the segment that contains `offset`, found by binary search.
    func segment(containing offset: Int) -> Int? {
        var low = 0
        var high = starts.count
        // Find the last segment that starts at or before `offset`.
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        guard low > 0, offset < ends[low - 1] else { return nil }
        return low - 1
    }

    /// The bytes of the segment that contains `offset`; empty when it falls between segments.
    func bounds(containing offset: Int) -> Range<Int> {
        guard let index = segment(containing: offset) else { return offset..<offset }
        return starts[index]..<ends[index]
    }
}
