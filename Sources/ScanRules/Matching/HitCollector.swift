/// The context of one `hs_scan` call: gathers hits from the C callback.
///
/// Vectorscan reports every end offset of a match, so `[A-Z0-9]{16,}` over a run of
/// 1,000 bytes yields ~1,000 reports. Reports that extend the previous hit of the same
/// pattern are folded into it as they arrive, which keeps memory proportional to the
/// number of distinct matches instead of the number of reports.
struct HitCollector {
    /// The hits gathered so far, in report order.
    private(set) var hits: [PatternHit] = []
    /// Whether each pattern reports exact start offsets.
    private let exactStarts: [Bool]
    /// The index in `hits` of each pattern's latest hit, or -1.
    private var latest: [Int]

    /// Creates a collector for a database whose patterns report starts as in `exactStarts`.
    init(exactStarts: [Bool]) {
        self.exactStarts = exactStarts
        self.latest = Array(repeating: -1, count: exactStarts.count)
    }

    /// Records one report.
    mutating func record(pattern: Int, from: Int, to: Int) {
        let previous = latest[pattern]
        if previous >= 0 {
            if exactStarts[pattern], hits[previous].start == from {
                hits[previous].end = max(hits[previous].end, to)
                return
            }
            // Without start offsets, consecutive ends are one span; the start is found later.
            if !exactStarts[pattern], to <= hits[previous].end + 1 {
                hits[previous].end = max(hits[previous].end, to)
                return
            }
        }
        latest[pattern] = hits.count
        hits.append(PatternHit(pattern: pattern, start: exactStarts[pattern] ? from : to, end: to))
    }
}
