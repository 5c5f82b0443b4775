import ScanCore

/// A source whose objects take a minute to fetch unless the fetch is cancelled.
struct StallingConnector: Connector {
    let kind = SourceKind.filesystem
    let paths: [String]
    /// Objects whose fetch fails for good after this long instead of stalling.
    var quick: [String: Duration] = [:]

    func enumerate(cursor: String?, scope: ScopeFilter, pageSize: Int) async throws -> EnumerationPage {
        EnumerationPage(objects: paths.map { ObjectRef(path: $0, kind: .file, size: 10) }, nextCursor: nil)
    }

    func fetch(_ object: ObjectRef) async throws -> ObjectContent {
        if let delay = quick[object.path] {
            try await Task.sleep(for: delay)
            throw ScanError(.notFound, "gone")
        }
        try await Task.sleep(for: .seconds(60))
        throw ScanError(.timeout, "stalled")
    }

    func close() async {}
}
