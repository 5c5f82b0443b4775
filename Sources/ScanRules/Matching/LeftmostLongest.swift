/// Reduces raw hits to the matches a regex engine would report.
enum LeftmostLongest {
    /// Keeps, per pattern, the leftmost-longest non-overlapping hits, ordered by pattern and start.
    ///
    /// Vectorscan reports every place a pattern can end; a scanning regex instead takes
    /// the leftmost start, the longest match from it, and resumes after its end.
    static func reduce(_ hits: [PatternHit]) -> [PatternHit] {
        let ordered = hits.sorted { ($0.pattern, $0.start, $1.end) < ($1.pattern, $1.start, $0.end) }
        var kept: [PatternHit] = []
        kept.reserveCapacity(ordered.count)
        for hit in ordered {
            if let last = kept.last, last.pattern == hit.pattern, hit.start < last.end { continue }
            kept.append(hit)
        }
        return kept
    }
}
