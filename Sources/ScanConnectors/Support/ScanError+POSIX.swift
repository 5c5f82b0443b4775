import ScanCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ScanError {
    /// Translates a failed system call into a scan error.
    ///
    /// Permission problems and vanished files are permanent; resource exhaustion and
    /// interrupted calls are transient. The path only goes into `detail`, so the
    /// description stays free of scan targets.
    init(posix error: POSIXCallError, operation: String, path: String, file: String = #fileID, line: Int = #line) {
        let detail = "\(operation) \(path): \(error.text)"
        switch error.code {
        case EACCES, EPERM:
            self.init(.permissionDenied, "permission denied", detail: detail, file: file, line: line)
        case ENOENT, ENOTDIR:
            self.init(.fetchFailed, "file no longer exists", detail: detail, file: file, line: line)
        default:
            self.init(
                .fetchFailed,
                "\(operation) failed: \(error.text)",
                detail: detail,
                transient: error.isTransient,
                file: file,
                line: line
            )
        }
    }
}
