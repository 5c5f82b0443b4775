import Foundation
public import ScanCore

extension PostgresConnector {
    /// How the connection uses TLS, named after libpq's `sslmode`.
    public enum TLSMode: String, Sendable, Hashable, CaseIterable {
        /// Plain TCP.
        case disable
        /// TLS when the server offers it, without certificate checks failing the scan.
        case prefer
        /// TLS with the system's certificate checks.
        case require
    }

    /// Settings of a PostgreSQL scan.
    ///
    /// - Important: ``description`` never shows the password, so the configuration can
    ///   be logged or put in an error safely.
    public struct Configuration: Sendable, Hashable, CustomStringConvertible {
        /// The server host.
        public var host: String
        /// The server port. Default 5432.
        public var port: Int
        /// The role to connect as.
        public var username: String
        /// The password, read from the environment by ``ConnectorFactory``.
        public var password: String?
        /// The database; defaults to the user name, as in libpq.
        public var database: String
        /// TLS use. Default `.prefer`, as in libpq.
        public var tls: TLSMode
        /// The connection pool bound. Default 4.
        public var maximumConnections: Int
        /// `statement_timeout` for each fetch. Default 30 seconds.
        public var statementTimeout: Duration
        /// How long connecting may take. Default 10 seconds.
        public var connectTimeout: Duration
        /// Which rows of each table are sampled.
        public var sampling: SamplingOptions

        /// Creates a configuration with the documented defaults.
        public init(
            host: String,
            port: Int = 5432,
            username: String,
            password: String? = nil,
            database: String? = nil,
            tls: TLSMode = .prefer,
            maximumConnections: Int = 4,
            statementTimeout: Duration = .seconds(30),
            connectTimeout: Duration = .seconds(10),
            sampling: SamplingOptions = SamplingOptions()
        ) {
            self.host = host
            self.port = port
            self.username = username
            self.password = password
            self.database = database ?? username
            self.tls = tls
            self.maximumConnections = maximumConnections
            self.statementTimeout = statementTimeout
            self.connectTimeout = connectTimeout
            self.sampling = sampling
        }

        /// `host:port`, the only part of the target errors name.
        public var endpoint: String { "\(host):\(port)" }

        /// The connection URL without the password.
        public var description: String {
            "postgres://\(username)@\(endpoint)/\(database)?sslmode=\(tls.rawValue)"
        }
    }
}

extension PostgresConnector.Configuration {
    /// Reads `postgres://user@host:port/db?sslmode=disable` (or `postgresql://`).
    ///
    /// A password inside the URL is ignored: pass it as `password`, read from an
    /// environment variable, so it never sits in a stored location.
    /// - Throws: ``ScanError`` `.invalidInput` for a malformed URL or `sslmode`.
    public init(url: String, password: String?) throws {
        guard let components = URLComponents(string: url), ["postgres", "postgresql"].contains(components.scheme),
            let host = components.host, !host.isEmpty
        else {
            throw ScanError(.invalidInput, "expected postgres://user@host:port/database")
        }
        let mode = components.queryItems?.first { $0.name == "sslmode" }?.value ?? "prefer"
        // libpq's finer modes map onto the three this connector distinguishes.
        let aliases = ["allow": "prefer", "verify-ca": "require", "verify-full": "require"]
        guard let tls = PostgresConnector.TLSMode(rawValue: aliases[mode] ?? mode) else {
            throw ScanError(.invalidInput, "unknown sslmode", detail: mode)
        }
        let database = String(components.path.drop { $0 == "/" })
        self.init(
            host: host,
            port: components.port ?? 5432,
            username: components.user ?? "postgres",
            password: password,
            database: database.isEmpty ? nil : database,
            tls: tls
        )
    }
}
