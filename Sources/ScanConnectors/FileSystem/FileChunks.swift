public import ScanCore

/// A text file streamed in overlapping chunks.
///
/// The file is opened again for each ``forEachChunk(_:)`` call and closed when it
/// returns, so holding a `FileChunks` keeps no descriptor open. Every chunk after the
/// first starts with the last ``overlap`` bytes of the one before; an empty file gives
/// one empty chunk marked last, so consumers always see `isLast`.
public struct FileChunks: ChunkedContent {
    /// The absolute path of the file.
    public let path: String
    /// Whether a symbolic link at `path` may be opened.
    public let followSymlinks: Bool
    /// The largest chunk, in bytes, overlap included.
    public let chunkSize: Int
    /// How many bytes consecutive chunks share; less than `chunkSize`.
    public let overlap: Int

    /// Creates a stream; nothing is opened until ``forEachChunk(_:)``.
    public init(path: String, followSymlinks: Bool, chunkSize: Int, overlap: Int) {
        self.path = path
        self.followSymlinks = followSymlinks
        self.chunkSize = max(chunkSize, 1)
        self.overlap = min(max(overlap, 0), self.chunkSize - 1)
    }

    /// Reads the file and calls `body` with each chunk in order.
    /// - Throws: ``ScanError`` from opening or reading, or whatever `body` throws.
    public func forEachChunk(_ body: (ContentChunk) throws -> Void) throws {
        let file: POSIXFile
        do {
            file = try POSIXFile.open(path, followSymlinks: followSymlinks)
        } catch {
            throw ScanError(posix: error, operation: "open", path: path)
        }
        defer { file.close() }
        try stream(file, body)
    }

    /// Reads one block ahead so each chunk knows whether it is the last.
    private func stream(_ file: POSIXFile, _ body: (ContentChunk) throws -> Void) throws {
        var current = try read(file, chunkSize)
        var offset: Int64 = 0
        var carried = 0
        while true {
            let next = current.count < chunkSize ? [] : try read(file, chunkSize - overlap)
            try body(ContentChunk(bytes: current, offset: offset, overlap: carried, isLast: next.isEmpty))
            if next.isEmpty { return }
            offset += Int64(current.count - overlap)
            carried = overlap
            current = Array(current.suffix(overlap)) + next
        }
    }

    private func read(_ file: POSIXFile, _ count: Int) throws -> [UInt8] {
        do {
            return try file.read(upTo: count)
        } catch {
            throw ScanError(posix: error, operation: "read", path: path)
        }
    }
}
