import GRDB
import ScanCore

extension ScanError {
    /// Maps a SQLite error to a domain error; statement arguments stay out of the message.
    init(translating error: DatabaseError) {
        switch error.extendedResultCode {
        case .SQLITE_CONSTRAINT_UNIQUE, .SQLITE_CONSTRAINT_PRIMARYKEY:
            self.init(.duplicate, "a record with the same key exists", detail: error.message)
        case .SQLITE_CONSTRAINT_FOREIGNKEY:
            self.init(.notFound, "a referenced record does not exist", detail: error.message)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            self.init(.storage, "the store is busy", detail: error.message, transient: true)
        default:
            self.init(.storage, "store error \(error.resultCode.rawValue)", detail: error.message)
        }
    }
}
