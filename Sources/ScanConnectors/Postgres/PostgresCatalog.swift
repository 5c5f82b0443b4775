import Logging
import PostgresNIO

/// The catalog queries of the PostgreSQL connector.
///
/// Tables are named `schema/table`; the listing orders by that string in the "C"
/// collation (byte-wise), and the cursor is the last name returned, so paging needs
/// no server-side state. System schemas are left out; partitions are left out because
/// sampling their parent covers them.
enum PostgresCatalog {
    /// A table found by the listing.
    struct Table {
        /// `schema/table`.
        var path: String
        /// `pg_class.reltuples`: rows at the last ANALYZE, `nil` when never analysed.
        var estimatedRows: Int64?
    }

    /// A column of a table, as sampled.
    struct Column {
        /// The column name.
        var name: String
        /// The type as `format_type` renders it (`character varying(40)`).
        var type: String
        /// Whether the column is `bytea`, sampled as bytes rather than text.
        var isBinary: Bool
    }

    private static let relationFilter = """
        c.relkind IN ('r', 'p', 'm') AND NOT c.relispartition
        AND n.nspname NOT IN ('pg_catalog', 'information_schema')
        AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'
        """

    /// Up to `limit` tables whose path sorts after `cursor`.
    static func tables(
        after cursor: String,
        limit: Int,
        on connection: PostgresConnection,
        logger: Logger
    )
        async throws -> [Table]
    {
        let rows = try await connection.query(
            """
            SELECT n.nspname || '/' || c.relname AS path, c.reltuples::int8
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE \(unescaped: relationFilter) AND (n.nspname || '/' || c.relname) COLLATE "C" > \(cursor)
            ORDER BY (n.nspname || '/' || c.relname) COLLATE "C" LIMIT \(limit)
            """,
            logger: logger
        )
        var tables: [Table] = []
        for try await (path, tuples) in rows.decode((String, Int64).self) {
            // reltuples is -1 (PostgreSQL 14+) or 0 before the first ANALYZE or VACUUM.
            tables.append(Table(path: path, estimatedRows: tuples >= 0 ? tuples : nil))
        }
        return tables
    }

    /// The schema, name and estimated rows of the table at `path`, if it exists.
    static func resolve(
        _ path: String,
        on connection: PostgresConnection,
        logger: Logger
    )
        async throws -> (oid: Int64, schema: String, name: String, rows: Int64)?
    {
        let rows = try await connection.query(
            """
            SELECT c.oid::int8, n.nspname::text, c.relname::text, c.reltuples::int8
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE \(unescaped: relationFilter) AND n.nspname || '/' || c.relname = \(path)
            ORDER BY n.nspname COLLATE "C" LIMIT 1
            """,
            logger: logger
        )
        for try await (oid, schema, name, tuples) in rows.decode((Int64, String, String, Int64).self) {
            return (oid, schema, name, max(tuples, 0))
        }
        return nil
    }

    /// The table's columns in order.
    static func columns(of oid: Int64, on connection: PostgresConnection, logger: Logger) async throws -> [Column] {
        let rows = try await connection.query(
            """
            SELECT a.attname::text, format_type(a.atttypid, a.atttypmod), a.atttypid = 'bytea'::regtype
            FROM pg_attribute a WHERE a.attrelid = \(oid)::oid AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attnum
            """,
            logger: logger
        )
        var columns: [Column] = []
        for try await (name, type, isBinary) in rows.decode((String, String, Bool).self) {
            columns.append(Column(name: name, type: type, isBinary: isBinary))
        }
        return columns
    }

    /// The primary key's column names in key order; empty when there is none.
    static func primaryKey(of oid: Int64, on connection: PostgresConnection, logger: Logger) async throws -> [String] {
        let rows = try await connection.query(
            """
            SELECT a.attname::text FROM pg_index i
            JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
            WHERE i.indrelid = \(oid)::oid AND i.indisprimary
            ORDER BY array_position(i.indkey::int2[], a.attnum)
            """,
            logger: logger
        )
        var names: [String] = []
        for try await name in rows.decode(String.self) { names.append(name) }
        return names
    }
}
