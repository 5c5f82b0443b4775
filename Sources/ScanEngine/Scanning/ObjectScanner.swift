public import ScanCore
import ScanRules

/// Scans one fetched object with the run's rules and builds its result.
///
/// Pure apart from reading the content: it is what the scan step runs between the
/// connector's fetch and the store's commit.
public struct ObjectScanner: Sendable {
    /// Connectors prefix the reason with this when they refuse an object by policy (a size
    /// limit, an unfollowed symlink) rather than because of its format.
    static let policyPrefix = "policy: "

    private let rules: RuleProfile
    private let hasher: ValueHasher

    /// Creates a scanner.
    public init(rules: RuleProfile, hasher: ValueHasher) {
        self.rules = rules
        self.hasher = hasher
    }

    /// Scans `content` of `object`.
    /// - Throws: the content's read errors (``ScanError``); the caller maps them to outcomes.
    public func scan(_ object: ObjectRef, content: ObjectContent) throws -> ObjectResult {
        switch content {
        case .unsupported(let reason) where reason.hasPrefix(Self.policyPrefix):
            return blocked(object, reason: String(reason.dropFirst(Self.policyPrefix.count)))
        case .unsupported(let reason):
            return ObjectResult(
                object: object,
                outcome: .unsupportedType(reason: reason),
                assets: AssetPaths.fileObservations(object, classifications: [])
            )
        case .chunks(let chunks):
            return try scanChunks(object, chunks)
        case .table(let table):
            return TableResultBuilder(rules: rules, hasher: hasher).result(for: object, table: table)
        }
    }

    /// The result of an object that policy keeps from being read (for example too large).
    public func blocked(_ object: ObjectRef, reason: String) -> ObjectResult {
        ObjectResult(
            object: object,
            outcome: .policyBlocked(reason: reason),
            assets: AssetPaths.fileObservations(object, classifications: [])
        )
    }

    private func scanChunks(_ object: ObjectRef, _ chunks: any ChunkedContent) throws -> ObjectResult {
        var collector = ChunkMatchCollector(engine: rules.engine, hasher: hasher, assetPath: object.path)
        try chunks.forEachChunk { chunk in collector.consume(chunk) }
        let detections = collector.detections
        return ObjectResult(
            object: object,
            outcome: detections.isEmpty ? .clean : .findings,
            bytesRead: collector.bytesRead,
            assets: AssetPaths.fileObservations(object, classifications: Self.classifications(detections)),
            detections: detections
        )
    }

    /// A file is classified by the rules that matched in it, at their best confidence.
    private static func classifications(_ detections: [Detection]) -> [Classification] {
        var best: [String: Detection] = [:]
        var counts: [String: Int] = [:]
        for detection in detections {
            counts[detection.ruleID, default: 0] += 1
            if (best[detection.ruleID]?.confidence ?? -1) < detection.confidence { best[detection.ruleID] = detection }
        }
        return best.keys.sorted().compactMap { id in
            guard let detection = best[id] else { return nil }
            return Classification(
                ruleID: id,
                category: detection.category,
                confidence: detection.confidence,
                explanation: "\(counts[id] ?? 0) match(es) of \(id) in the file"
            )
        }
    }
}
