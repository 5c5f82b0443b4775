import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The parts of `struct stat` the file connector uses.
struct FileStatus {
    /// The type bits of `st_mode`.
    enum Kind {
        case regular, directory, symbolicLink, other
    }

    /// What the entry is.
    var kind: Kind
    /// Size in bytes.
    var size: Int64
    /// Last modification time.
    var modifiedAt: Date
    /// Device and inode, which identify a directory when detecting symlink cycles.
    var identity: FileIdentity

    /// Reads the fields of a `stat` result.
    init(_ info: stat) {
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symbolicLink
        default: kind = .other
        }
        size = Int64(info.st_size)
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        modifiedAt = Date(timeIntervalSince1970: TimeInterval(time.tv_sec) + TimeInterval(time.tv_nsec) / 1e9)
        identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }
}

/// A file's identity on its device.
struct FileIdentity: Hashable {
    /// `st_dev`.
    var device: UInt64
    /// `st_ino`.
    var inode: UInt64
}
