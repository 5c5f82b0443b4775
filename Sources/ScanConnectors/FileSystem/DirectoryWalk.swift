import Foundation
import ScanCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A depth-first walk over a tree that can start after any path.
///
/// Paths come out in byte-wise order of their `/`-separated relative form. Only the
/// directories on the current branch are held in memory, each as its sorted entry
/// list, so memory grows with depth and directory width, never with tree size.
/// Starting "after" a cursor re-lists only the directories on the cursor's branch.
struct DirectoryWalk {
    /// A file the walk found.
    struct File {
        /// The path relative to the root, `/`-separated.
        var path: String
        /// Its metadata.
        var status: FileStatus
    }

    private struct Frame {
        var prefix: [UInt8]
        var entries: [DirectoryEntry]
        var index: Int
        var identity: FileIdentity
    }

    private let root: String
    private let followSymlinks: Bool
    private let cursor: [UInt8]?
    private var stack: [Frame] = []
    /// Entries seen but not returned: links, special files, unreadable directories.
    private(set) var skipped = 0

    /// Opens the root and positions the walk after `cursor` (a path it returned before).
    /// - Throws: ``ScanError`` `.notFound` for a missing root, `.invalidInput` when it is
    ///   not a directory, `.permissionDenied` when it cannot be listed.
    init(root: String, followSymlinks: Bool, after cursor: String?) throws {
        self.root = root
        self.followSymlinks = followSymlinks
        self.cursor = cursor.map { Array($0.utf8) }
        let status = try Self.rootStatus(root)
        do {
            let entries = try DirectoryListing.read(root, followSymlinks: followSymlinks)
            stack = [Frame(prefix: [], entries: entries, index: 0, identity: status.identity)]
        } catch {
            throw ScanError(posix: error, operation: "list", path: root)
        }
    }

    /// The next file in order, or `nil` when the walk is over.
    mutating func next() -> File? {
        while let top = stack.indices.last {
            guard stack[top].index < stack[top].entries.count else {
                stack.removeLast()
                continue
            }
            let entry = stack[top].entries[stack[top].index]
            stack[top].index += 1
            if let file = visit(entry, prefix: stack[top].prefix) { return file }
        }
        return nil
    }

    private mutating func visit(_ entry: DirectoryEntry, prefix: [UInt8]) -> File? {
        let path = prefix + entry.name
        switch entry.role {
        case .file(let status):
            guard isAfterCursor(path) else { return nil }
            return File(path: String(decoding: path, as: UTF8.self), status: status)
        case .directory(let identity):
            descend(into: path + [UInt8(ascii: "/")], identity: identity)
        case .skipped:
            if isAfterCursor(path) { skipped += 1 }
        }
        return nil
    }

    private mutating func descend(into prefix: [UInt8], identity: FileIdentity) {
        if let cursor, !cursor.starts(with: prefix), prefix.lexicographicallyPrecedes(cursor) {
            return  // The whole subtree sorts before the cursor: listed on an earlier page.
        }
        // A followed link back to an ancestor would loop forever.
        if stack.contains(where: { $0.identity == identity }) {
            skipped += 1
            return
        }
        let path = root + "/" + String(decoding: prefix.dropLast(), as: UTF8.self)
        guard let entries = try? DirectoryListing.read(path, followSymlinks: followSymlinks) else {
            skipped += 1
            return
        }
        stack.append(Frame(prefix: prefix, entries: entries, index: 0, identity: identity))
    }

    private func isAfterCursor(_ path: [UInt8]) -> Bool {
        guard let cursor else { return true }
        return cursor.lexicographicallyPrecedes(path)
    }

    private static func rootStatus(_ root: String) throws -> FileStatus {
        var info = stat()
        guard stat(root, &info) == 0 else {
            let error = POSIXCallError.current()
            if error.code == ENOENT || error.code == ENOTDIR {
                throw ScanError(.notFound, "file system root does not exist", detail: root)
            }
            throw ScanError(posix: error, operation: "stat", path: root)
        }
        let status = FileStatus(info)
        guard status.kind == .directory else {
            throw ScanError(.invalidInput, "file system root is not a directory", detail: root)
        }
        return status
    }
}
