#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed system call, carrying `errno`; mapped to ``ScanCore/ScanError`` at the
/// connector boundary by ``ScanCore/ScanError/init(posix:operation:path:)``.
struct POSIXCallError: Error {
    /// The `errno` value.
    var code: Int32

    /// Captures the current `errno`.
    static func current() -> POSIXCallError { POSIXCallError(code: errno) }

    /// The C library's text for the error, e.g. "Permission denied".
    var text: String { String(cString: strerror(code)) }

    /// Whether the call may succeed when retried later.
    var isTransient: Bool {
        [EINTR, EAGAIN, EWOULDBLOCK, EMFILE, ENFILE, ENOMEM, EBUSY, ETIMEDOUT].contains(code)
    }
}
