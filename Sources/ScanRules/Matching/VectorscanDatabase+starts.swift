internal import CVectorscan

/// Finding the leftmost starts of a span of end offsets with a pattern's own database.
extension VectorscanDatabase {
    /// Bytes scanned past the span so that `\b` and `$` at its last end see the next byte.
    private static let rightMargin = 2

    /// Appends the leftmost-start hits of `span.pattern` whose end lies in the span.
    ///
    /// The window reaches one byte further back than the longest match, so a match that
    /// only exists because the window cut a word in two is too long to end in the span.
    /// An unbounded pattern may match further back: while the window misses an end of
    /// the span, or finds a match that starts at its edge, it doubles, at most to the
    /// buffer start. (The span's ends are consecutive: ``HitCollector`` folds no gaps.)
    func startHits(
        _ span: PatternHit,
        database: OpaquePointer,
        in data: UnsafeRawBufferPointer,
        scratch: OpaquePointer,
        into hits: inout [PatternHit]
    ) {
        let width = maxWidths[span.pattern]
        var reach = (width ?? StartRecovery.unboundedWindow) + 1
        while true {
            let lower = max(0, span.start - reach)
            let upper = min(data.count, span.end + Self.rightMargin)
            let found = windowHits(span, lower..<upper, database: database, in: data, scratch: scratch)
            let cut = Set(found.map(\.end)).count <= span.end - span.start || found.contains { $0.start == lower }
            if width == nil, lower > 0, cut {
                reach *= 2
                continue
            }
            hits.append(contentsOf: found)
            return
        }
    }

    /// The hits in `window` whose end lies in `span`, as offsets into `data`.
    private func windowHits(
        _ span: PatternHit,
        _ window: Range<Int>,
        database: OpaquePointer,
        in data: UnsafeRawBufferPointer,
        scratch: OpaquePointer
    ) -> [PatternHit] {
        var context = (span: span, lower: window.lowerBound, found: [PatternHit]())
        withUnsafeMutablePointer(to: &context) { pointer in
            // A failed scan leaves the hits found so far, the best there is to report.
            _ = hs_scan(
                database,
                (data.baseAddress! + window.lowerBound).assumingMemoryBound(to: CChar.self),
                UInt32(window.count),
                0,
                scratch,
                { _, from, to, _, raw in
                    let context = raw!.assumingMemoryBound(to: (span: PatternHit, lower: Int, found: [PatternHit]).self)
                    let span = context.pointee.span
                    let end = Int(to) + context.pointee.lower
                    // Ends outside the span were not reported by the full scan: window artefacts.
                    if end >= span.start, end <= span.end {
                        let start = Int(from) + context.pointee.lower
                        context.pointee.found.append(PatternHit(pattern: span.pattern, start: start, end: end))
                    }
                    return 0
                },
                pointer
            )
        }
        return context.found
    }
}
