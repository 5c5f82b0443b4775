import ScanCore

/// Scope checks that connectors and the engine apply before reading anything.
extension RuleSet {
    /// Whether the file at `path` (relative, `/`-separated) is in scope by path and extension.
    ///
    /// A file without an extension is only excluded by the file-type filter when the filter
    /// has an include list.
    public func includesFile(_ path: String) -> Bool {
        guard paths.contains(path) else { return false }
        guard let ext = Self.fileExtension(of: path) else { return fileTypes.include.isEmpty }
        return fileTypes.contains(ext)
    }

    /// Whether a file of `size` bytes is small enough to scan.
    public func includesFile(size: Int) -> Bool { size <= maxFileSize }

    /// Whether `schema.table` is in scope.
    public func includesTable(schema: String, table: String) -> Bool {
        schemas.contains(schema) && tables.contains(table)
    }

    /// Whether a column of `schema.table` is in scope.
    public func includesColumn(schema: String, table: String, column: String) -> Bool {
        includesTable(schema: schema, table: table) && columns.contains(column)
    }

    /// The lower-cased extension of the last path segment, without the dot (`.env` → `env`).
    static func fileExtension(of path: String) -> String? {
        let name = path.split(separator: "/").last ?? Substring(path)
        guard let dot = name.lastIndex(of: "."), dot != name.index(before: name.endIndex) else { return nil }
        return name[name.index(after: dot)...].lowercased()
    }

    /// A file-type entry as written (`.TXT`, `*.txt`, `txt`) in the form the filter compares.
    static func normalizedFileType(_ text: String) -> String {
        var type = Substring(text.lowercased())
        if type.hasPrefix("*") { type = type.dropFirst() }
        if type.hasPrefix(".") { type = type.dropFirst() }
        return String(type)
    }
}
