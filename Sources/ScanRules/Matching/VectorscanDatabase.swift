internal import CVectorscan
internal import ScanCore
internal import Synchronization

/// A compiled set of Vectorscan expressions that scans byte buffers in one pass.
///
/// The shared database is compiled without start-of-match tracking, which halves the
/// speed of a scan over every byte. Each pattern that supports leftmost start tracking
/// also gets a database of its own, which rescans only a small window before each end
/// the shared scan reported; ``exactStarts`` is `false` for the few that do not, so the
/// caller recovers their starts.
///
/// - Important: Scanning is thread-safe. The compiled database is immutable; each scan
///   borrows a scratch space from a pool because a scratch space serves one scan at a time.
final class VectorscanDatabase: Sendable {
    // MARK: Member variables

    /// Whether each pattern reports its exact (leftmost) start offset.
    let exactStarts: [Bool]
    /// The longest match of each pattern in bytes, or `nil` when unbounded.
    let maxWidths: [Int?]
    // `hs_database_t` is read-only after compilation and may be shared between threads.
    private nonisolated(unsafe) let database: OpaquePointer
    /// Per pattern, its own start-tracking database, or `nil` when it cannot have one.
    nonisolated(unsafe) let startDatabases: [OpaquePointer?]
    // Only ever cloned, never scanned with, so concurrent clones are safe.
    private nonisolated(unsafe) let prototypeScratch: OpaquePointer
    private let idleScratch = Mutex<[Scratch]>([])

    // MARK: Initialization

    /// Compiles `patterns`; pattern `i` is reported as `PatternHit.pattern == i`.
    /// - Throws: ``ScanError`` with `.invalidRule` naming the owner of a bad expression.
    init(patterns: [VectorscanPattern]) throws {
        precondition(!patterns.isEmpty, "Vectorscan cannot compile an empty database")
        var noStarts = Array(repeating: false, count: patterns.count)
        let database = try VectorscanCompiler.compile(patterns, exactStarts: &noStarts)
        let startDatabases = patterns.map(VectorscanCompiler.compileWithStarts)
        // One scratch space grown for every database serves them all, one scan at a time.
        var scratch: OpaquePointer?
        let allocated = ([database] + startDatabases.compactMap { $0 }).allSatisfy {
            hs_alloc_scratch($0, &scratch) == HS_SUCCESS
        }
        guard allocated, let scratch else {
            hs_free_database(database)
            for startDatabase in startDatabases { if let startDatabase { hs_free_database(startDatabase) } }
            throw ScanError(.internalError, "could not allocate Vectorscan scratch space")
        }
        self.database = database
        self.startDatabases = startDatabases
        self.prototypeScratch = scratch
        self.exactStarts = startDatabases.map { $0 != nil }
        self.maxWidths = patterns.map(VectorscanCompiler.maxWidth)
    }

    deinit {
        for scratch in idleScratch.withLock({ $0 }) {
            hs_free_scratch(scratch.pointer)
        }
        hs_free_scratch(prototypeScratch)
        hs_free_database(database)
        for startDatabase in startDatabases { if let startDatabase { hs_free_database(startDatabase) } }
    }

    // MARK: Methods

    /// Scans `data` and returns every hit, folded as described in ``HitCollector``.
    ///
    /// Hits of patterns with ``exactStarts`` carry their leftmost start; the others are
    /// spans of end offsets.
    /// - Parameter keep: Whether a span of end offsets is worth its start; spans it
    ///   rejects are dropped before any start is looked for.
    func scan(_ data: UnsafeRawBufferPointer, keep: (PatternHit) -> Bool = { _ in true }) -> [PatternHit] {
        guard let base = data.baseAddress, !data.isEmpty else { return [] }
        let scratch = borrowScratch()
        defer { idleScratch.withLock { $0.append(scratch) } }
        var hits: [PatternHit] = []
        for span in endSpans(base, count: data.count, scratch: scratch.pointer) where keep(span) {
            if let startDatabase = startDatabases[span.pattern] {
                startHits(span, database: startDatabase, in: data, scratch: scratch.pointer, into: &hits)
            } else {
                hits.append(span)
            }
        }
        return hits
    }

    /// The spans of end offsets of every pattern over the whole buffer.
    private func endSpans(_ base: UnsafeRawPointer, count: Int, scratch: OpaquePointer) -> [PatternHit] {
        var collector = HitCollector(exactStarts: Array(repeating: false, count: exactStarts.count))
        // `hs_scan` takes a 32-bit length; larger buffers are scanned in slices.
        let sliceLength = Int(UInt32.max)
        var offset = 0
        while offset < count {
            let length = min(sliceLength, count - offset)
            scanSlice(base + offset, length: length, offset: offset, scratch: scratch, into: &collector)
            offset += length
        }
        return collector.hits
    }

    private func scanSlice(
        _ start: UnsafeRawPointer,
        length: Int,
        offset: Int,
        scratch: OpaquePointer,
        into collector: inout HitCollector
    ) {
        var context = (collector: collector, offset: offset)
        withUnsafeMutablePointer(to: &context) { pointer in
            // The result is ignored on purpose: the callback never stops the scan, and a
            // failing scan leaves the hits found so far, which is the best we can report.
            _ = hs_scan(
                database,
                start.assumingMemoryBound(to: CChar.self),
                UInt32(length),
                0,
                scratch,
                { id, from, to, _, raw in
                    let context = raw!.assumingMemoryBound(to: (collector: HitCollector, offset: Int).self)
                    let shift = context.pointee.offset
                    context.pointee.collector.record(pattern: Int(id), from: Int(from) + shift, to: Int(to) + shift)
                    return 0
                },
                pointer
            )
        }
        collector = context.collector
    }

    private func borrowScratch() -> Scratch {
        if let idle = idleScratch.withLock({ $0.popLast() }) { return idle }
        var clone: OpaquePointer?
        let status = hs_clone_scratch(prototypeScratch, &clone)
        precondition(status == HS_SUCCESS && clone != nil, "Vectorscan could not clone scratch space")
        return Scratch(pointer: clone!)
    }
}

/// A scratch space moving between the pool and the one scan that uses it.
///
/// A scratch space has no thread affinity; it only must not serve two scans at once,
/// which the pool guarantees by handing each one out to a single borrower.
private struct Scratch: @unchecked Sendable {
    let pointer: OpaquePointer
}
