public import ScanCore
import Synchronization

/// A source held in memory, for pipeline tests: objects with text content, paged in path
/// order, with failures that can be injected per object.
public final class MemoryConnector: Connector {
    /// How fetching an object fails.
    public enum Failure: Sendable {
        /// Fails with a transient error this many times, then succeeds.
        case transient(times: Int)
        /// Always fails with a permanent permission error.
        case denied
    }

    public let kind = SourceKind.filesystem
    private let objects: [String: [UInt8]]
    private let failures: Mutex<[String: Failure]>
    private let fetches = Mutex<[String: Int]>([:])
    private let chunkSize: Int
    private let overlap: Int

    /// Creates a source with `files` (path → text) and injected `failures`.
    public init(files: [String: String], failures: [String: Failure] = [:], chunkSize: Int = 1 << 20, overlap: Int = 64)
    {
        self.objects = files.mapValues { Array($0.utf8) }
        self.failures = Mutex(failures)
        self.chunkSize = chunkSize
        self.overlap = overlap
    }

    /// How many times `path` was fetched.
    public func fetchCount(_ path: String) -> Int { fetches.withLock { $0[path, default: 0] } }

    public func enumerate(cursor: String?, scope: ScopeFilter, pageSize: Int) async throws -> EnumerationPage {
        let paths = objects.keys.filter(scope.contains).sorted().filter { cursor == nil || $0 > cursor! }
        let page = Array(paths.prefix(pageSize))
        let objects = page.map { ObjectRef(path: $0, kind: .file, size: Int64(self.objects[$0]?.count ?? 0)) }
        return EnumerationPage(objects: objects, nextCursor: paths.count > pageSize ? page.last : nil)
    }

    public func fetch(_ object: ObjectRef) async throws -> ObjectContent {
        fetches.withLock { $0[object.path, default: 0] += 1 }
        try injectFailure(object.path)
        guard let bytes = objects[object.path] else {
            throw ScanError(.notFound, "no object \(object.path)")
        }
        return .chunks(MemoryChunks(bytes: bytes, chunkSize: chunkSize, overlap: overlap))
    }

    public func close() async {}

    private func injectFailure(_ path: String) throws {
        try failures.withLock { failures in
            switch failures[path] {
            case .transient(let times) where times > 0:
                failures[path] = .transient(times: times - 1)
                throw ScanError(.fetchFailed, "temporarily unavailable", transient: true)
            case .denied:
                throw ScanError(.permissionDenied, "permission denied")
            default:
                return
            }
        }
    }
}

/// Overlapping chunks over bytes in memory.
public struct MemoryChunks: ChunkedContent {
    let bytes: [UInt8]
    let chunkSize: Int
    let overlap: Int

    /// Creates chunks of `chunkSize` bytes, each after the first repeating `overlap` bytes.
    public init(bytes: [UInt8], chunkSize: Int, overlap: Int) {
        precondition(chunkSize > overlap, "a chunk must be larger than its overlap")
        self.bytes = bytes
        self.chunkSize = chunkSize
        self.overlap = overlap
    }

    public func forEachChunk(_ body: (ContentChunk) throws -> Void) throws {
        var start = 0
        var repeated = 0
        repeat {
            let end = min(bytes.count, start + chunkSize)
            let isLast = end == bytes.count
            try body(
                ContentChunk(bytes: Array(bytes[start..<end]), offset: Int64(start), overlap: repeated, isLast: isLast)
            )
            if isLast { return }
            repeated = min(overlap, end - start)
            start = end - repeated
        } while true
    }
}
