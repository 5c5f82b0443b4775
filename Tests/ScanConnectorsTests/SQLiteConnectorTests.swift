import Foundation
import GRDB
import ScanCore
import Testing

@testable import ScanConnectors

@Suite struct SQLiteConnectorTests {
    static let userCount = 60

    /// A generated database: a rowid table, a WITHOUT ROWID table and an awkward name.
    private func makeDatabase() throws -> String {
        let path = NSTemporaryDirectory() + "scanlogic-sqlite-" + UUID().uuidString + ".db"
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(
                sql: #"""
                    CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(80), score REAL, note TEXT, avatar BLOB);
                    CREATE TABLE kv (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID;
                    CREATE TABLE "odd ""name""" (x INT);
                    INSERT INTO "odd ""name""" VALUES (1);
                    """#
            )
            for id in 1...Self.userCount {
                try db.execute(
                    sql: "INSERT INTO users VALUES (?, ?, ?, ?, ?)",
                    arguments: [
                        id, "user\(id)@example.com", Double(id) / 2, nil,
                        id.isMultiple(of: 2) ? Data("hi".utf8) : Data([0, 1]),
                    ]
                )
                try db.execute(
                    sql: "INSERT INTO kv VALUES (?, ?)",
                    arguments: [String(format: "key%03d", id), "value \(id)"]
                )
            }
            try db.execute(
                sql: "UPDATE users SET note = ? WHERE id = 1",
                arguments: [String(repeating: "n", count: 10_000)]
            )
        }
        try queue.close()
        return path
    }

    private func withConnector<T>(
        sampling: SamplingOptions = SamplingOptions(),
        _ body: (SQLiteConnector) async throws -> T
    )
        async throws -> T
    {
        let path = try makeDatabase()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let connector = try SQLiteConnector(configuration: .init(path: path, sampling: sampling), logger: testLogger)
        let result = try await body(connector)
        await connector.close()
        return result
    }

    private func sample(_ table: String, _ sampling: SamplingOptions) async throws -> TableSample {
        try await withConnector(sampling: sampling) { connector in
            guard case .table(let sample) = try await connector.fetch(ObjectRef(path: "main/\(table)", kind: .table))
            else {
                throw ScanError(.internalError, "expected a table sample")
            }
            return sample
        }
    }

    @Test func listsTablesInNameOrderWithRowCounts() async throws {
        let objects = try await withConnector { try await enumerateAll($0, pageSize: 1).objects }

        #expect(objects.map(\.path) == ["main/kv", "main/odd \"name\"", "main/users"])
        #expect(objects.map(\.size) == [Int64(Self.userCount), 1, Int64(Self.userCount)])
        #expect(objects.allSatisfy { $0.kind == .table })
    }

    @Test func scopeFiltersTables() async throws {
        let page = try await withConnector {
            try await $0.enumerate(cursor: nil, scope: ScopeFilter(exclude: ["main/odd*"]), pageSize: 10)
        }

        #expect(page.objects.map(\.path) == ["main/kv", "main/users"])
        #expect(page.skipped == 1)
    }

    @Test func samplesColumnsWithDeclaredTypesInRowidOrder() async throws {
        let sample = try await sample("users", SamplingOptions(rows: 5))

        #expect(sample.columns.map(\.name) == ["id", "email", "score", "note", "avatar"])
        #expect(sample.columns.map(\.type) == ["INTEGER", "VARCHAR(80)", "REAL", "TEXT", "BLOB"])
        #expect(sample.rowCount == Int64(Self.userCount))
        #expect(sample.columns[0].values == ["1", "2", "3", "4", "5"])
        #expect(sample.columns[2].values.first == "0.5")
        #expect(sample.columns[3].values.first??.utf8.count == SampledValue.maximumBytes)
        #expect(sample.columns[3].values.dropFirst().allSatisfy { $0 == nil })
        // Text BLOBs are kept, binary ones become nil.
        #expect(sample.columns[4].values == [nil, "hi", nil, "hi", nil])
    }

    @Test func samplesWithoutRowidTablesByPrimaryKey() async throws {
        let sample = try await sample("kv", SamplingOptions(rows: 3))

        #expect(sample.columns[0].values == ["key001", "key002", "key003"])
    }

    @Test(arguments: ["users", "kv"])
    func randomSamplingIsDeterministicPerSeed(table: String) async throws {
        let first = try await sample(table, SamplingOptions(rows: 10, mode: .random, seed: 7))
        let again = try await sample(table, SamplingOptions(rows: 10, mode: .random, seed: 7))
        let other = try await sample(table, SamplingOptions(rows: 10, mode: .random, seed: 8))
        let ordered = try await sample(table, SamplingOptions(rows: 10))

        #expect(first == again)
        #expect(first.columns[0].values != other.columns[0].values)
        #expect(first.columns[0].values != ordered.columns[0].values)
        #expect(first.columns[0].values.count == 10)
    }

    @Test func quotesAwkwardTableNames() async throws {
        let sample = try await sample("odd \"name\"", SamplingOptions())

        #expect(sample.columns.first?.values == ["1"])
    }

    @Test func missingTableIsNotFound() async throws {
        let error = await #expect(throws: ScanError.self) { try await sample("nope", SamplingOptions()) }

        #expect(error?.code == .notFound)
    }

    @Test func databaseIsOpenedReadOnly() async throws {
        _ = try await withConnector { connector in
            #expect(throws: (any Error).self) {
                try connector.database.write { try $0.execute(sql: "DELETE FROM users") }
            }
        }
    }

    @Test func missingFileIsNotFound() throws {
        let error = #expect(throws: ScanError.self) {
            try SQLiteConnector(configuration: .init(path: "/nonexistent/scanlogic.db"), logger: testLogger)
        }

        #expect(error?.code == .notFound)
    }

    @Test func nonDatabaseFileFailsToConnect() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write("notes.db", text: String(repeating: "not a database\n", count: 100))

        let error = #expect(throws: ScanError.self) {
            try SQLiteConnector(configuration: .init(path: tree.root + "/notes.db"), logger: testLogger)
        }

        #expect(error?.code == .connectionFailed)
        #expect(error?.message.contains("not a SQLite database") == true)
    }
}
