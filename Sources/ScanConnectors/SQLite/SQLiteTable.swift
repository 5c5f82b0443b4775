import GRDB
import ScanCore

/// One table of a SQLite database, described well enough to sample it.
///
/// All methods run inside a GRDB `read` closure and are synchronous and short.
struct SQLiteTable {
    /// The table name.
    var name: String
    /// Column names and declared types, in table order.
    var columns: [(name: String, type: String)]
    /// The expressions rows are ordered by: the rowid, or the primary key of a
    /// `WITHOUT ROWID` table.
    var orderKey: [String]

    /// Reads the table's shape.
    /// - Throws: ``ScanError`` `.notFound` when no such table exists.
    static func load(_ name: String, in db: Database) throws -> SQLiteTable {
        let exists = try Bool.fetchOne(
            db,
            sql: "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
            arguments: [name]
        )
        guard exists == true else { throw ScanError(.notFound, "table does not exist", detail: name) }
        let rows = try Row.fetchAll(
            db,
            sql: "SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid",
            arguments: [name]
        )
        let columns = rows.map { (name: $0["name"] as String, type: $0["type"] as String) }
        let primaryKey = rows.filter { ($0["pk"] as Int) > 0 }.sorted { ($0["pk"] as Int) < ($1["pk"] as Int) }
        let withoutRowid = try Bool.fetchOne(
            db,
            sql: "SELECT wr FROM pragma_table_list WHERE name = ?",
            arguments: [name]
        )
        let orderKey = orderKey(
            withoutRowid: withoutRowid ?? false,
            primaryKey: primaryKey.map { $0["name"] as String },
            columns: columns.map(\.name)
        )
        return SQLiteTable(name: name, columns: columns, orderKey: orderKey)
    }

    /// The rowid under a name no column shadows, else the primary key, else all columns.
    private static func orderKey(withoutRowid: Bool, primaryKey: [String], columns: [String]) -> [String] {
        let taken = Set(columns.map { $0.lowercased() })
        if !withoutRowid, let alias = ["rowid", "_rowid_", "oid"].first(where: { !taken.contains($0) }) {
            return [alias]
        }
        return (primaryKey.isEmpty ? columns : primaryKey).map(SQLIdentifier.quote)
    }

    /// The exact number of rows.
    func rowCount(in db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT count(*) FROM \(SQLIdentifier.quote(name))") ?? 0
    }

    /// Sampled values, one array per column, in row order.
    func sample(_ options: SamplingOptions, in db: Database) throws -> [[String?]] {
        let selected = columns.isEmpty ? "NULL" : columns.map { SQLIdentifier.quote($0.name) }.joined(separator: ", ")
        let stable = orderKey.joined(separator: ", ")
        let order: String
        var arguments: StatementArguments = []
        switch options.mode {
        case .first:
            order = stable
        case .random:
            order = "\(SampleKey.name)(?, \(stable)), \(stable)"
            arguments += [Int64(bitPattern: options.seed)]
        }
        arguments += [max(options.rows, 0)]
        let sql = "SELECT \(selected) FROM \(SQLIdentifier.quote(name)) ORDER BY \(order) LIMIT ?"
        var values = [[String?]](repeating: [], count: columns.count)
        let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try cursor.next() {
            for index in values.indices { values[index].append(Self.text(row[index] as DatabaseValue)) }
        }
        return values
    }

    /// A value as bounded text; BLOBs only when they hold text (see ``SampledValue``).
    private static func text(_ value: DatabaseValue) -> String? {
        switch value.storage {
        case .null: nil
        case .int64(let number): String(number)
        case .double(let number): String(number)
        case .string(let text): SampledValue.text(text)
        case .blob(let data): SampledValue.binary(data)
        }
    }
}
