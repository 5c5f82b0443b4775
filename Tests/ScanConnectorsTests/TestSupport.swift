import Foundation
import Logging
import ScanConnectors
import ScanCore

/// A logger that drops everything; tests assert on results, not logs.
let testLogger = Logger(label: "scanlogic.tests.connectors") { _ in SwiftLogNoOpLogHandler() }

/// A temporary directory tree built by a test and removed by ``remove()``.
struct TemporaryTree {
    let root: String

    init() throws {
        root = NSTemporaryDirectory() + "scanlogic-tree-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    /// Writes `bytes` at the relative `path`, creating parent folders.
    func write(_ path: String, _ bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: root + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// Writes UTF-8 text at `path`.
    func write(_ path: String, text: String) throws {
        try write(path, Array(text.utf8))
    }

    /// Creates a symbolic link at `path` pointing at `destination` (as written).
    func link(_ path: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: root + "/" + path, withDestinationPath: destination)
    }

    /// Creates an empty folder.
    func directory(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: root + "/" + path, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }
}

/// Lists every page from the start; returns the objects and the number of pages.
func enumerateAll(
    _ connector: any Connector,
    scope: ScopeFilter = ScopeFilter(),
    pageSize: Int
) async throws
    -> (objects: [ObjectRef], pages: Int, skipped: Int)
{
    var cursor: String?
    var objects: [ObjectRef] = []
    var pages = 0
    var skipped = 0
    repeat {
        let page = try await connector.enumerate(cursor: cursor, scope: scope, pageSize: pageSize)
        objects += page.objects
        skipped += page.skipped
        pages += 1
        cursor = page.nextCursor
    } while cursor != nil && pages < 10_000
    return (objects, pages, skipped)
}

/// All chunks of a `.chunks` content; fails for other contents.
func chunks(of content: ObjectContent) throws -> [ContentChunk] {
    guard case .chunks(let stream) = content else {
        throw ScanError(.internalError, "expected chunks, got \(content)")
    }
    var result: [ContentChunk] = []
    try stream.forEachChunk { result.append($0) }
    return result
}

/// Whether `bytes` contains `needle` as a contiguous run.
func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
    guard needle.count <= bytes.count else { return false }
    return (0...(bytes.count - needle.count)).contains { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
}
