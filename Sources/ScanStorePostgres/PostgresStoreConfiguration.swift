public import Foundation
import ScanCore

/// Where the PostgreSQL store lives and how to connect to it, read from a
/// `postgres://user@host:port/database?sslmode=…&pool=…` URL.
///
/// - Important: The password never comes from the URL (a command line is visible to
///   every user of the machine): it is read from `PGPASSWORD`, as libpq does.
///   ``description`` never shows it, so a configuration can be logged.
public struct PostgresStoreConfiguration: Sendable, Hashable, CustomStringConvertible {
    /// How the connection uses TLS, named after libpq's `sslmode`.
    public enum TLSMode: String, Sendable, Hashable {
        case disable
        case prefer
        case require
    }

    /// The server host.
    public var host: String
    /// The server port. Default 5432.
    public var port: Int
    /// The role to connect as.
    public var username: String
    /// The password, from the environment.
    public var password: String?
    /// The database.
    public var database: String
    /// TLS use. Default `.prefer`.
    public var tls: TLSMode
    /// The most connections this process opens. Default 8.
    public var maximumConnections: Int

    /// Creates a configuration.
    public init(
        host: String,
        port: Int = 5432,
        username: String,
        password: String? = nil,
        database: String,
        tls: TLSMode = .prefer,
        maximumConnections: Int = 8
    ) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.database = database
        self.tls = tls
        self.maximumConnections = maximumConnections
    }

    /// Whether `location` names a PostgreSQL store rather than a SQLite file.
    public static func isPostgresURL(_ location: String) -> Bool {
        location.hasPrefix("postgres://") || location.hasPrefix("postgresql://")
    }

    /// Reads a store URL; the password comes from `environment["PGPASSWORD"]`.
    /// - Throws: ``ScanError`` `.invalidInput` naming what is wrong, without the URL's
    ///   password if one was given.
    public init(url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard let components = URLComponents(string: url), ["postgres", "postgresql"].contains(components.scheme),
            let host = components.host, !host.isEmpty
        else {
            throw ScanError(.invalidInput, "the store URL must look like postgres://user@host:port/database")
        }
        guard components.password == nil else {
            throw ScanError(
                .invalidInput,
                "the store URL must not contain a password; set PGPASSWORD instead"
            )
        }
        let query = Dictionary(
            (components.queryItems ?? []).map { ($0.name, $0.value ?? "") },
            uniquingKeysWith: { _, last in last }
        )
        let database = String(components.path.drop { $0 == "/" })
        self.init(
            host: host,
            port: components.port ?? 5432,
            username: components.user ?? "postgres",
            password: environment["PGPASSWORD"],
            database: database.isEmpty ? (components.user ?? "postgres") : database,
            tls: try Self.tlsMode(query["sslmode"]),
            maximumConnections: try Self.poolSize(query["pool"])
        )
    }

    /// The URL without the password.
    public var description: String {
        "postgres://\(username)@\(host):\(port)/\(database)?sslmode=\(tls.rawValue)&pool=\(maximumConnections)"
    }

    private static func tlsMode(_ value: String?) throws -> TLSMode {
        let mode = value ?? "prefer"
        // libpq's finer modes map onto the three distinguished here.
        let aliases = ["allow": "prefer", "verify-ca": "require", "verify-full": "require"]
        guard let tls = TLSMode(rawValue: aliases[mode] ?? mode) else {
            throw ScanError(.invalidInput, "unknown sslmode '\(mode)' in the store URL")
        }
        return tls
    }

    private static func poolSize(_ value: String?) throws -> Int {
        guard let value else { return 8 }
        guard let size = Int(value), (1...256).contains(size) else {
            throw ScanError(.invalidInput, "pool in the store URL must be a number from 1 to 256, not '\(value)'")
        }
        return size
    }
}
