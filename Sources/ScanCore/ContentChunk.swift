/// A window of an object's bytes, handed to the rules one at a time.
///
/// Consecutive chunks overlap: the first ``overlap`` bytes of a chunk repeat the last
/// bytes of the previous one, so a match that crosses a chunk border is still found.
/// A match that lies entirely inside the overlap was already reported and is dropped.
public struct ContentChunk: Sendable {
    /// The bytes of the window.
    public var bytes: [UInt8]
    /// The offset of `bytes[0]` in the whole object.
    public var offset: Int64
    /// How many leading bytes repeat the previous chunk.
    public var overlap: Int
    /// Whether this is the final chunk.
    public var isLast: Bool

    /// Creates a chunk.
    public init(bytes: [UInt8], offset: Int64, overlap: Int, isLast: Bool) {
        self.bytes = bytes
        self.offset = offset
        self.overlap = overlap
        self.isLast = isLast
    }
}

/// A readable stream of overlapping chunks, such as a large file.
///
/// Reading happens inside ``forEachChunk(_:)`` so the source controls buffer reuse and
/// closes its handle when the loop ends, whatever happens.
public protocol ChunkedContent: Sendable {
    /// Calls `body` with each chunk in order; stops early if `body` throws.
    /// - Throws: ``ScanError`` with `.fetchFailed` or `.permissionDenied` when reading fails.
    func forEachChunk(_ body: (ContentChunk) throws -> Void) throws
}
