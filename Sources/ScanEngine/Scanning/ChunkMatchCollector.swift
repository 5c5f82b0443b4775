import ScanCore
import ScanRules

/// Turns rule matches in a stream of overlapping chunks into detections with line and
/// column, each reported once even when it lies in the overlap of two chunks.
struct ChunkMatchCollector {
    private let engine: RuleEngine
    private let hasher: ValueHasher
    private let assetPath: String
    /// The previous chunk, counted from its start, to find line numbers at the next offset.
    private var previous: LineTracker?
    /// Matches already reported that start at or after the next chunk's overlap.
    private var reportedInOverlap: Set<MatchKey> = []
    /// How often each (rule, value) was seen in this object, for the fingerprint.
    private var occurrences: [String: Int] = [:]
    private(set) var detections: [Detection] = []
    private(set) var bytesRead: Int64 = 0

    private struct MatchKey: Hashable {
        var ruleID: String
        var start: Int64
    }

    init(engine: RuleEngine, hasher: ValueHasher, assetPath: String) {
        self.engine = engine
        self.hasher = hasher
        self.assetPath = assetPath
    }

    mutating func consume(_ chunk: ContentChunk) {
        bytesRead += Int64(chunk.bytes.count - chunk.overlap)
        let matches = OverlapResolver.resolve(engine.scan(chunk.bytes), classifiers: engine.classifiers)
        var lines = tracker(for: chunk)
        previous = lines
        var reported: Set<MatchKey> = []
        let nextOverlapStart = chunk.offset + Int64(chunk.bytes.count) - Int64(chunk.overlap)
        for match in matches {
            let key = MatchKey(ruleID: match.ruleID, start: chunk.offset + Int64(match.valueStart))
            // Entirely inside the overlap: the previous chunk saw all of it.
            if match.valueEnd <= chunk.overlap || reportedInOverlap.contains(key) { continue }
            let position = lines.position(of: match.valueStart)
            append(match, in: chunk.bytes, line: position.line, column: position.column)
            if key.start >= nextOverlapStart { reported.insert(key) }
        }
        reportedInOverlap = reported
    }

    /// A line tracker positioned at the start of `chunk`, counting the previous chunk's
    /// newlines up to where this one begins.
    private func tracker(for chunk: ContentChunk) -> LineTracker {
        guard var last = previous else {
            return LineTracker(bytes: chunk.bytes, lines: 0, lastNewline: -1, offset: chunk.offset)
        }
        last.advance(to: Int(chunk.offset - last.offset))
        return LineTracker(bytes: chunk.bytes, lines: last.lines, lastNewline: last.lastNewline, offset: chunk.offset)
    }

    private mutating func append(_ match: RuleMatch, in bytes: [UInt8], line: Int, column: Int) {
        let classifier = engine.classifiers[match.classifierIndex]
        let value = bytes[match.valueStart..<match.valueEnd]
        let valueHash = hasher.hash(value)
        let occurrenceKey = match.ruleID + "\u{0}" + valueHash
        let ordinal = occurrences[occurrenceKey, default: 0]
        occurrences[occurrenceKey] = ordinal + 1
        detections.append(
            Detection(
                fingerprint: Fingerprint.make(
                    ruleID: match.ruleID,
                    assetPath: assetPath,
                    locationKey: "occurrence:\(ordinal)",
                    valueHash: valueHash
                ),
                ruleID: match.ruleID,
                category: classifier.category,
                severity: classifier.severity,
                assetPath: assetPath,
                line: line,
                column: column,
                valueHash: valueHash,
                preview: Redactor.preview(value),
                confidence: match.confidence
            )
        )
    }
}
