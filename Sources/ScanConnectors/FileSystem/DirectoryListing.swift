import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One entry of a directory, classified for the walk.
struct DirectoryEntry {
    /// How the walk treats the entry.
    enum Role {
        /// A regular file (or a link to one, when links are followed).
        case file(FileStatus)
        /// A directory to descend into.
        case directory(FileIdentity)
        /// Counted as skipped: links not followed, dangling links, special files,
        /// names that are not UTF-8.
        case skipped
    }

    /// The name as bytes.
    var name: [UInt8]
    /// The role.
    var role: Role

    /// The sort key: the name, plus `/` for directories, so that a depth-first walk
    /// in key order visits full paths in byte-wise order (`a-b` before `a/x`).
    var sortKey: [UInt8] {
        if case .directory = role { return name + [UInt8(ascii: "/")] }
        return name
    }
}

/// Reads one directory: the only place the walk touches the disk while listing.
enum DirectoryListing {
    /// The entries of `path`, sorted by ``DirectoryEntry/sortKey``.
    /// - Throws: ``POSIXCallError`` when the directory cannot be opened.
    static func read(_ path: String, followSymlinks: Bool) throws(POSIXCallError) -> [DirectoryEntry] {
        guard let directory = opendir(path) else { throw .current() }
        defer { closedir(directory) }
        var entries: [DirectoryEntry] = []
        while let raw = readdir(directory) {
            let name = withUnsafeBytes(of: raw.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            let role = classify(name, in: dirfd(directory), followSymlinks: followSymlinks)
            entries.append(DirectoryEntry(name: name, role: role))
        }
        entries.sort { $0.sortKey.lexicographicallyPrecedes($1.sortKey) }
        return entries
    }

    private static func classify(_ name: [UInt8], in directory: Int32, followSymlinks: Bool) -> DirectoryEntry.Role {
        // Paths travel as Strings; a name that is not UTF-8 could not be opened again.
        guard String(validating: name, as: UTF8.self) != nil else { return .skipped }
        guard var status = status(of: name, in: directory, follow: false) else { return .skipped }
        if status.kind == .symbolicLink {
            guard followSymlinks, let target = self.status(of: name, in: directory, follow: true) else {
                return .skipped
            }
            status = target
        }
        switch status.kind {
        case .regular: return .file(status)
        case .directory: return .directory(status.identity)
        case .symbolicLink, .other: return .skipped
        }
    }

    private static func status(of name: [UInt8], in directory: Int32, follow: Bool) -> FileStatus? {
        var info = stat()
        let flags = follow ? 0 : AT_SYMLINK_NOFOLLOW
        let result = (name + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { fstatat(directory, $0.baseAddress!, &info, flags) }
        }
        return result == 0 ? FileStatus(info) : nil
    }
}
