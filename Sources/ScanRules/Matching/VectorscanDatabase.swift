internal import CVectorscan
internal import ScanCore
internal import Synchronization

/// A compiled set of Vectorscan expressions that scans byte buffers in one pass.
///
/// Every pattern is compiled with leftmost start-of-match tracking when Vectorscan
/// supports it; the few that it rejects that way are compiled without it and
/// ``exactStarts`` is `false` for them, so the caller recovers their starts.
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
    // Only ever cloned, never scanned with, so concurrent clones are safe.
    private nonisolated(unsafe) let prototypeScratch: OpaquePointer
    private let idleScratch = Mutex<[Scratch]>([])

    // MARK: Initialization

    /// Compiles `patterns`; pattern `i` is reported as `PatternHit.pattern == i`.
    /// - Throws: ``ScanError`` with `.invalidRule` naming the owner of a bad expression.
    init(patterns: [VectorscanPattern]) throws {
        precondition(!patterns.isEmpty, "Vectorscan cannot compile an empty database")
        var exactStarts = Array(repeating: true, count: patterns.count)
        let database = try VectorscanCompiler.compile(patterns, exactStarts: &exactStarts)
        var scratch: OpaquePointer?
        guard hs_alloc_scratch(database, &scratch) == HS_SUCCESS, let scratch else {
            hs_free_database(database)
            throw ScanError(.internalError, "could not allocate Vectorscan scratch space")
        }
        self.database = database
        self.prototypeScratch = scratch
        self.exactStarts = exactStarts
        self.maxWidths = zip(patterns, exactStarts).map { pattern, exact in
            exact ? nil : VectorscanCompiler.maxWidth(of: pattern)
        }
    }

    deinit {
        for scratch in idleScratch.withLock({ $0 }) {
            hs_free_scratch(scratch.pointer)
        }
        hs_free_scratch(prototypeScratch)
        hs_free_database(database)
    }

    // MARK: Methods

    /// Scans `data` and returns every hit, folded as described in ``HitCollector``.
    func scan(_ data: UnsafeRawBufferPointer) -> [PatternHit] {
        var collector = HitCollector(exactStarts: exactStarts)
        guard let base = data.baseAddress, !data.isEmpty else { return [] }
        let scratch = borrowScratch()
        defer { idleScratch.withLock { $0.append(scratch) } }
        // `hs_scan` takes a 32-bit length; larger buffers are scanned in slices.
        let sliceLength = Int(UInt32.max)
        var offset = 0
        while offset < data.count {
            let length = min(sliceLength, data.count - offset)
            scanSlice(base + offset, length: length, offset: offset, scratch: scratch.pointer, into: &collector)
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
