/// Quotes identifiers for SQL text, where bind parameters cannot be used.
enum SQLIdentifier {
    /// `name` in double quotes with embedded quotes doubled, as SQLite and PostgreSQL
    /// both require; safe for any table, schema or column name.
    static func quote(_ name: String) -> String {
        "\"" + name.replacing("\"", with: "\"\"") + "\""
    }
}
