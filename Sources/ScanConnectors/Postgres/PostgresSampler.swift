import Logging
import PostgresNIO
import ScanCore

/// Reads sampled rows of one PostgreSQL table as text.
///
/// `.first` orders by the primary key, or by `ctid` (physical order) without one.
/// `.random` orders by `md5(key::text || ':' || seed)`: a deterministic shuffle that
/// is the same for the same seed and data, where the key is the primary key (or
/// `ctid`). It reads the whole table, but the server keeps only the best `LIMIT` rows
/// while sorting. `TABLESAMPLE … REPEATABLE` was rejected: it returns a varying number
/// of rows, often none for small tables, and depends on page layout.
struct PostgresSampler {
    /// The table's schema.
    var schema: String
    /// The table's name.
    var table: String
    /// Its columns.
    var columns: [PostgresCatalog.Column]
    /// Its primary key columns, possibly empty.
    var primaryKey: [String]

    /// Values per column, each cut to ``SampledValue/maximumBytes``.
    func sample(
        _ options: SamplingOptions,
        on connection: PostgresConnection,
        logger: Logger
    ) async throws -> [[String?]] {
        guard !columns.isEmpty else { return [] }
        let rows = try await connection.query(query(options), logger: logger)
        var values = [[String?]](repeating: [], count: columns.count)
        for try await row in rows {
            for (index, cell) in row.enumerated() where index < values.count {
                values[index].append(text(cell, binary: columns[index].isBinary))
            }
        }
        return values
    }

    private func query(_ options: SamplingOptions) -> PostgresQuery {
        let limit = SampledValue.maximumBytes
        let selected = columns.map { column in
            column.isBinary
                ? "substring(\(SQLIdentifier.quote(column.name)) FROM 1 FOR \(limit))"
                : "left(\(SQLIdentifier.quote(column.name))::text, \(limit))"
        }
        let key = primaryKey.isEmpty ? "ctid" : primaryKey.map(SQLIdentifier.quote).joined(separator: ", ")
        var bindings = PostgresBindings()
        var order = key
        if options.mode == .random {
            bindings.append(String(options.seed))
            order = "md5(ROW(\(key))::text || ':' || $1), \(key)"
        }
        bindings.append(max(options.rows, 0))
        let sql = """
            SELECT \(selected.joined(separator: ", ")) FROM \(SQLIdentifier.quote(schema)).\(SQLIdentifier.quote(table))
            ORDER BY \(order) LIMIT $\(bindings.count)
            """
        return PostgresQuery(unsafeSQL: sql, binds: bindings)
    }

    /// Text columns arrive as UTF-8; `bytea` as raw bytes, kept only when they are text.
    private func text(_ cell: PostgresCell, binary: Bool) -> String? {
        guard let bytes = cell.bytes else { return nil }
        let view = bytes.readableBytesView
        return binary ? SampledValue.binary(view) : SampledValue.text(String(decoding: view, as: UTF8.self))
    }
}
