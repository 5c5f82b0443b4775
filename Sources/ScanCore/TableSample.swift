/// Sampled values of one database column.
public struct ColumnSample: Sendable, Codable, Hashable {
    /// The column name.
    public var name: String
    /// The declared type, as the database names it.
    public var type: String
    /// Sampled values as text; `nil` for SQL NULL.
    public var values: [String?]

    /// Creates a column sample.
    public init(name: String, type: String, values: [String?]) {
        self.name = name
        self.type = type
        self.values = values
    }
}

/// A sample of one table: its columns and a few rows.
public struct TableSample: Sendable, Codable, Hashable {
    /// The schema (`main` for SQLite).
    public var schema: String
    /// The table name.
    public var table: String
    /// Estimated or exact row count.
    public var rowCount: Int64
    /// Sampled columns, in table order.
    public var columns: [ColumnSample]

    /// Creates a table sample.
    public init(schema: String, table: String, rowCount: Int64, columns: [ColumnSample]) {
        self.schema = schema
        self.table = table
        self.rowCount = rowCount
        self.columns = columns
    }
}
