import PostgresNIO
import ScanCore

extension ScanError {
    /// Translates a postgres-nio error into a scan error.
    ///
    /// Only the server's message and SQLSTATE go into `detail`; postgres-nio never puts
    /// the password in its errors and ``PostgresConnector/Configuration/endpoint`` is the
    /// only part of the target named.
    init(postgres error: any Error, endpoint: String, file: String = #fileID, line: Int = #line) {
        if let scanError = error as? ScanError {
            self = scanError
            return
        }
        guard let psql = error as? PSQLError else {
            self.init(
                .connectionFailed,
                "PostgreSQL connection failed",
                detail: endpoint,
                transient: true,
                file: file,
                line: line
            )
            return
        }
        guard psql.code == .server, let state = psql.serverInfo?[.sqlState] else {
            self.init(
                .connectionFailed,
                "cannot reach PostgreSQL (\(psql.code))",
                detail: endpoint,
                transient: true,
                file: file,
                line: line
            )
            return
        }
        let detail = "\(endpoint): \(state) \(psql.serverInfo?[.message] ?? "")"
        let (code, message, transient) = Self.postgresMeaning(of: state)
        self.init(code, message, detail: detail, transient: transient, file: file, line: line)
    }

    /// The scan error code, message and transience for a SQLSTATE.
    private static func postgresMeaning(of state: String) -> (Code, String, Bool) {
        switch state {
        case "42501": (.permissionDenied, "permission denied", false)
        case "57014": (.timeout, "statement timed out", false)
        case "42P01": (.notFound, "table does not exist", false)
        case "3D000": (.notFound, "database does not exist", false)
        case "28P01", "28000": (.connectionFailed, "authentication failed", false)
        case "53300", "57P01", "57P02", "57P03", "40001", "40P01":
            (.connectionFailed, "PostgreSQL is temporarily unavailable", true)
        default:
            state.hasPrefix("08")
                ? (.connectionFailed, "PostgreSQL connection failed", true)
                : (.fetchFailed, "PostgreSQL query failed (SQLSTATE \(state))", false)
        }
    }
}
