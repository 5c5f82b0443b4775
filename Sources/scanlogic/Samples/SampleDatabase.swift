import Foundation
import GRDB

/// Writes the demo SQLite database: customers with PII, employees with bank data, and a
/// table with nothing sensitive.
struct SampleDatabase {
    let path: String
    var fake: FakeValues

    mutating func write(rows: Int = 200) throws {
        try? FileManager.default.removeItem(atPath: path)
        let queue = try DatabaseQueue(path: path)
        var generator = fake
        try queue.write { db in
            try db.execute(
                sql: """
                    CREATE TABLE customers (id INTEGER PRIMARY KEY, full_name TEXT, contact TEXT, tax_id TEXT,
                        card_number TEXT, phone TEXT, notes TEXT);
                    CREATE TABLE employees (id INTEGER PRIMARY KEY, name TEXT, salary INTEGER, iban TEXT);
                    CREATE TABLE products (sku TEXT PRIMARY KEY, title TEXT, price REAL);
                    """
            )
            for id in 1...rows {
                let name = generator.name()
                let note = generator.chance(0.05) ? "called from \(generator.phone())" : "prefers email"
                try db.execute(
                    sql: "INSERT INTO customers VALUES (?, ?, ?, ?, ?, ?, ?)",
                    arguments: [
                        id, name, generator.email(name: name), generator.ssn(), generator.creditCard(),
                        generator.phone(), note,
                    ]
                )
            }
            for id in 1...(rows / 4) {
                try db.execute(
                    sql: "INSERT INTO employees VALUES (?, ?, ?, ?)",
                    arguments: [id, generator.name(), 50_000 + id * 100, generator.iban()]
                )
            }
            for id in 1...(rows / 2) {
                try db.execute(
                    sql: "INSERT INTO products VALUES (?, ?, ?)",
                    arguments: ["SKU-\(id)", "Widget \(id)", 9.5]
                )
            }
        }
        fake = generator
    }
}
