import Foundation
public import ScanCore

extension ConnectorFactory {
    /// Reads a scan target as typed on the command line.
    ///
    /// - `postgres://user@host:port/db?sslmode=…` or `postgresql://…`: PostgreSQL. A
    ///   password inside the URL is accepted but removed from the returned location;
    ///   read it with ``inlinePassword(in:)`` and warn the user that passwords belong in
    ///   an environment variable (``ScanCore/DataSource/credentialEnv`` or `PGPASSWORD`).
    /// - `sqlite:PATH` or `sqlite://PATH`: a SQLite file at `PATH`.
    /// - A path ending in `.db`, `.sqlite` or `.sqlite3` whose first 16 bytes are the
    ///   SQLite header: a SQLite file.
    /// - Any other path: a directory tree.
    ///
    /// - Returns: The kind and the location to store: a plain path, or the URL without password.
    /// - Throws: ``ScanError`` `.invalidInput` for an empty target, an unknown URL scheme
    ///   or a malformed PostgreSQL URL.
    public static func parseTarget(_ text: String) throws -> (kind: SourceKind, location: String) {
        guard !text.isEmpty else { throw ScanError(.invalidInput, "the scan target is empty") }
        if let path = sqlitePath(text) {
            guard !path.isEmpty else { throw ScanError(.invalidInput, "sqlite: needs a file path") }
            return (.sqlite, path)
        }
        if isPostgresURL(text) { return (.postgres, try withoutPassword(text)) }
        if let scheme = urlScheme(of: text) {
            throw ScanError(.invalidInput, "unsupported target scheme \(scheme)")
        }
        let sqliteSuffixes = [".db", ".sqlite", ".sqlite3"]
        if sqliteSuffixes.contains(where: { text.lowercased().hasSuffix($0) }), hasSQLiteHeader(text) {
            return (.sqlite, text)
        }
        return (.filesystem, text)
    }

    /// The password written inside a PostgreSQL URL, if any, so the caller can use it
    /// once and tell the user to move it into an environment variable.
    public static func inlinePassword(in text: String) -> String? {
        guard isPostgresURL(text) else { return nil }
        return URLComponents(string: text)?.password
    }

    /// The path after `sqlite:` or `sqlite://`, or `nil` for other text.
    static func sqlitePath(_ text: String) -> String? {
        for prefix in ["sqlite://", "sqlite:"] where text.hasPrefix(prefix) {
            return String(text.dropFirst(prefix.count))
        }
        return nil
    }

    private static func isPostgresURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// The scheme of `scheme://…`; a Windows-style `C:\` or a relative path has none.
    private static func urlScheme(of text: String) -> String? {
        guard let range = text.range(of: "://") else { return nil }
        let scheme = text[..<range.lowerBound]
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "+-."))
        guard let first = scheme.unicodeScalars.first, CharacterSet.letters.contains(first),
            scheme.unicodeScalars.allSatisfy({ allowed.contains($0) })
        else { return nil }
        return String(scheme)
    }

    private static func withoutPassword(_ text: String) throws -> String {
        guard var components = URLComponents(string: text), components.host?.isEmpty == false else {
            throw ScanError(.invalidInput, "expected postgres://user@host:port/database")
        }
        components.password = nil
        guard let url = components.string else { throw ScanError(.invalidInput, "malformed PostgreSQL URL") }
        return url
    }

    /// Whether the file starts with `SQLite format 3\0`.
    private static func hasSQLiteHeader(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        return header == Data("SQLite format 3\0".utf8)
    }
}
