import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only file descriptor with the few calls the file connector needs.
///
/// Callers close it with `defer { file.close() }`; the type is a thin wrapper so the
/// errno of each call is kept for ``ScanCore/ScanError/init(posix:operation:path:)``.
struct POSIXFile {
    /// The open descriptor.
    let descriptor: Int32

    /// Opens `path` for reading.
    ///
    /// `O_NONBLOCK` keeps a FIFO from blocking the open; `O_NOFOLLOW` makes a symbolic
    /// link fail with `ELOOP` when links are not followed.
    static func open(_ path: String, followSymlinks: Bool) throws(POSIXCallError) -> POSIXFile {
        var flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK
        if !followSymlinks { flags |= O_NOFOLLOW }
        while true {
            let descriptor = path.withCString { openFile($0, flags) }
            if descriptor >= 0 { return POSIXFile(descriptor: descriptor) }
            guard errno == EINTR else { throw .current() }
        }
    }

    /// The file's metadata.
    func status() throws(POSIXCallError) -> FileStatus {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .current() }
        return FileStatus(info)
    }

    /// Reads up to `count` bytes, fewer only at end of file.
    func read(upTo count: Int) throws(POSIXCallError) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let result = buffer.withUnsafeMutableBytes { raw in
                readBytes(descriptor, raw.baseAddress! + filled, count - filled)
            }
            if result == 0 { break }
            if result < 0 {
                if errno == EINTR { continue }
                throw .current()
            }
            filled += result
        }
        buffer.removeSubrange(filled...)
        return buffer
    }

    /// Closes the descriptor; errors on close of a read-only file carry no information.
    func close() {
        _ = closeFile(descriptor)
    }
}

// The C functions share names with our methods, so they are reached through aliases.
private func openFile(_ path: UnsafePointer<CChar>, _ flags: Int32) -> Int32 { open(path, flags) }
private func readBytes(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { read(fd, buffer, count) }
private func closeFile(_ fd: Int32) -> Int32 { close(fd) }
