import ScanCore

/// A connector that lists `count` empty files and reads nothing, so a pipeline run with
/// it measures the job queue, the worker and the store alone.
struct NoopConnector: Connector {
    let count: Int

    var kind: SourceKind { .filesystem }

    func enumerate(cursor: String?, scope: ScopeFilter, pageSize: Int) async throws -> EnumerationPage {
        let start = cursor.flatMap(Int.init) ?? 0
        let end = min(count, start + pageSize)
        let objects = (start..<end).map { ObjectRef(path: "noop/\($0)", kind: .file, size: 0) }
        return EnumerationPage(objects: objects, nextCursor: end < count ? String(end) : nil)
    }

    func fetch(_ object: ObjectRef) async throws -> ObjectContent {
        .chunks(EmptyContent())
    }

    func close() async {}
}

/// Content with no bytes: one empty, final chunk.
private struct EmptyContent: ChunkedContent {
    func forEachChunk(_ body: (ContentChunk) throws -> Void) throws {
        try body(ContentChunk(bytes: [], offset: 0, overlap: 0, isLast: true))
    }
}
