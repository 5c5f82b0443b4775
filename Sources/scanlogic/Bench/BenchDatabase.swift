import Foundation
import GRDB

/// The benchmark's database: `tables` tables of `rows` people each, with PII in every
/// column, written to SQLite and optionally loaded into PostgreSQL.
struct BenchDatabase {
    static let columns = ["full_name", "email", "ssn", "card_number", "phone", "iban", "notes"]

    let tables: Int
    let rows: Int
    let seed: UInt64

    /// Table names, the same in both databases.
    var tableNames: [String] { (0..<tables).map { "customers_\($0)" } }

    /// The rows of every table, generated from the seed.
    func generate() -> [[String]] {
        var fake = FakeValues(seed: seed)
        return (0..<rows).map { _ in
            let name = fake.name()
            let note = fake.chance(0.1) ? "call back on \(fake.phone())" : "prefers email"
            return [name, fake.email(name: name), fake.ssn(), fake.creditCard(), fake.phone(), fake.iban(), note]
        }
    }

    /// Writes a fresh SQLite file at `path`.
    func writeSQLite(path: String, values: [[String]]) throws {
        try? FileManager.default.removeItem(atPath: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            for table in tableNames {
                try db.execute(sql: "CREATE TABLE \(table) (id INTEGER PRIMARY KEY, \(Self.columnList(type: "TEXT")))")
                let statement = try db.makeStatement(
                    sql: "INSERT INTO \(table) VALUES (?, \(Self.columns.map { _ in "?" }.joined(separator: ", ")))"
                )
                for (id, row) in values.enumerated() {
                    let arguments: [any DatabaseValueConvertible] =
                        [id] + row.map { $0 as any DatabaseValueConvertible }
                    try statement.execute(arguments: StatementArguments(arguments))
                }
            }
        }
    }

    /// A psql script that recreates the tables and loads them with `COPY`.
    func postgresScript(values: [[String]]) -> String {
        var script = "SET client_min_messages = warning;\n"
        let data = values.enumerated().map { "\($0.offset)\t" + $0.element.joined(separator: "\t") }.joined(
            separator: "\n"
        )
        for table in tableNames {
            script += "DROP TABLE IF EXISTS \(table);\n"
            script += "CREATE TABLE \(table) (id INTEGER PRIMARY KEY, \(Self.columnList(type: "TEXT")));\n"
            script += "COPY \(table) FROM STDIN;\n\(data)\n\\.\n"
        }
        return script + "ANALYZE;\n"
    }

    private static func columnList(type: String) -> String {
        columns.map { "\($0) \(type)" }.joined(separator: ", ")
    }
}
