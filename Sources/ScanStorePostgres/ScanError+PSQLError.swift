import PostgresNIO
import ScanCore

extension ScanError {
    /// Maps a postgres-nio error to a domain error. Only the SQLSTATE, the server's
    /// message and the constraint go into `detail`; bound values never do.
    init(store error: any Error) {
        if let scanError = error as? ScanError {
            self = scanError
            return
        }
        guard let psql = error as? PSQLError else {
            self.init(.storage, "store error", detail: "\(type(of: error))", transient: true)
            return
        }
        guard psql.code == .server, let state = psql.serverInfo?[.sqlState] else {
            self.init(.storage, "cannot reach the PostgreSQL store (\(psql.code))", transient: true)
            return
        }
        let detail = "\(state) \(psql.serverInfo?[.message] ?? "")"
        switch state {
        case "23505":
            self.init(.duplicate, "a record with the same key exists", detail: detail)
        case "23503":
            self.init(.notFound, "a referenced record does not exist", detail: detail)
        case "40001", "40P01", "55P03", "57P01", "57P02", "57P03", "53300":
            self.init(.storage, "the store is busy or restarting", detail: detail, transient: true)
        default:
            self.init(
                .storage,
                "store error \(state)",
                detail: detail,
                transient: state.hasPrefix("08")
            )
        }
    }

    /// Whether the transaction can simply run again: a serialization failure or deadlock
    /// that PostgreSQL resolved by aborting this side.
    static func isRetryableConflict(_ error: any Error) -> Bool {
        guard let psql = error as? PSQLError, psql.code == .server, let state = psql.serverInfo?[.sqlState] else {
            return false
        }
        return state == "40001" || state == "40P01"
    }
}
