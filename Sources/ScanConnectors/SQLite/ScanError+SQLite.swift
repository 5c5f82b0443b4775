import GRDB
import ScanCore

extension ScanError {
    /// Translates a GRDB error raised while reading a SQLite database.
    ///
    /// The SQL and the database message go into `detail`; GRDB keeps statement
    /// arguments out of its messages.
    init(sqlite error: any Error, file: String = #fileID, line: Int = #line) {
        if let scanError = error as? ScanError {
            self = scanError
            return
        }
        guard let database = error as? DatabaseError else {
            self.init(.internalError, "unexpected SQLite failure", detail: "\(error)", file: file, line: line)
            return
        }
        let detail = database.message ?? "\(database.resultCode)"
        switch database.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            self.init(.connectionFailed, "file is not a SQLite database", detail: detail, file: file, line: line)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            self.init(.permissionDenied, "cannot open the SQLite database", detail: detail, file: file, line: line)
        case .SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_NOMEM:
            self.init(
                .fetchFailed,
                "SQLite database temporarily unavailable",
                detail: detail,
                transient: true,
                file: file,
                line: line
            )
        default:
            self.init(.fetchFailed, "SQLite query failed", detail: detail, file: file, line: line)
        }
    }
}
