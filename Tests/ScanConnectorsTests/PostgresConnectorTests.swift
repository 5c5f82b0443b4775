import Foundation
import ScanConnectors
import ScanCore
import ScanTestSupport
import Testing

@Suite(.enabled(if: TestPostgresServer.shouldRun, Comment(rawValue: TestPostgresServer.skipComment)))
struct PostgresConnectorTests {
    /// A password no test server needs (trust authentication), used to prove it never
    /// leaks into an error.
    static let password = "pw-\(UUID().uuidString)"

    /// A fresh database with two schemas of generated tables, analysed.
    private func makeDatabase() async throws -> (TestPostgresServer, String) {
        let server = try await TestPostgresServer.shared()
        let database = try server.createDatabase()
        try server.execute(
            #"""
            CREATE SCHEMA app;
            CREATE TABLE app.customers (id serial PRIMARY KEY, email text, balance numeric(10, 2), photo bytea);
            INSERT INTO app.customers (email, balance, photo)
                SELECT 'user' || i || '@example.com', i * 1.5, CASE WHEN i % 2 = 0 THEN 'hi'::bytea ELSE '\x0001'::bytea END
                FROM generate_series(1, 200) AS i;
            CREATE TABLE app.events (payload jsonb);
            INSERT INTO app.events SELECT jsonb_build_object('n', i) FROM generate_series(1, 50) AS i;
            CREATE TABLE public."Odd ""Name""" (x int);
            INSERT INTO public."Odd ""Name""" VALUES (1);
            ANALYZE;
            """#,
            database: database
        )
        return (server, database)
    }

    private func withConnector<T>(url: String, _ body: (PostgresConnector) async throws -> T) async throws -> T {
        try await withConnector(url: url, configure: { _ in }, body: body)
    }

    private func withConnector<T>(
        url: String,
        configure: (inout PostgresConnector.Configuration) -> Void,
        body: (PostgresConnector) async throws -> T
    ) async throws -> T {
        var configuration = try PostgresConnector.Configuration(url: url, password: Self.password)
        configure(&configuration)
        let connector = PostgresConnector(configuration: configuration, logger: testLogger)
        do {
            let result = try await body(connector)
            await connector.close()
            return result
        } catch {
            await connector.close()
            throw error
        }
    }

    private func sample(_ connector: PostgresConnector, _ path: String) async throws -> TableSample {
        guard case .table(let sample) = try await connector.fetch(ObjectRef(path: path, kind: .table)) else {
            throw ScanError(.internalError, "expected a table sample")
        }
        return sample
    }

    private func expectNoSecret(_ error: (any Error)?) {
        #expect(!String(describing: error).contains(Self.password))
        #expect(!String(reflecting: error).contains(Self.password))
    }

    @Test func listsTablesInOrderWithEstimatedRows() async throws {
        let (server, database) = try await makeDatabase()

        let (paged, full) = try await withConnector(url: server.url(database: database)) { connector in
            (
                try await enumerateAll(connector, pageSize: 1),
                try await connector.enumerate(cursor: nil, scope: ScopeFilter(), pageSize: 50)
            )
        }

        #expect(full.objects.map(\.path) == ["app/customers", "app/events", "public/Odd \"Name\""])
        #expect(full.objects.map(\.size) == [200, 50, 1])
        #expect(paged.objects == full.objects)
    }

    @Test func samplesFirstRowsByPrimaryKeyAsText() async throws {
        let (server, database) = try await makeDatabase()

        let sample = try await withConnector(url: server.url(database: database)) { connector in
            try await self.sample(connector, "app/customers")
        }

        #expect(sample.schema == "app" && sample.table == "customers" && sample.rowCount == 200)
        #expect(sample.columns.map(\.name) == ["id", "email", "balance", "photo"])
        #expect(sample.columns.map(\.type) == ["integer", "text", "numeric(10,2)", "bytea"])
        #expect(sample.columns[0].values.prefix(3) == ["1", "2", "3"])
        #expect(sample.columns[1].values.first == "user1@example.com")
        #expect(sample.columns[2].values.first == "1.50")
        #expect(sample.columns[3].values.prefix(2) == [nil, "hi"])
        #expect(sample.columns[0].values.count == 100)
    }

    @Test(arguments: ["app/customers", "app/events"])
    func randomSamplingIsDeterministicPerSeed(path: String) async throws {
        let (server, database) = try await makeDatabase()
        func draw(_ seed: UInt64) async throws -> TableSample {
            try await withConnector(url: server.url(database: database)) {
                $0.sampling = SamplingOptions(rows: 10, mode: .random, seed: seed)
            } body: {
                try await sample($0, path)
            }
        }

        let first = try await draw(1)
        let again = try await draw(1)
        let other = try await draw(2)

        #expect(first == again)
        #expect(first.columns[0].values != other.columns[0].values)
        #expect(first.columns[0].values.count == 10)
    }

    @Test func tableWithoutSelectPermissionIsPermissionDenied() async throws {
        // Given a role that may connect and list but not read app.customers
        let (server, database) = try await makeDatabase()
        let role = "reader_\(database.suffix(8))"
        try server.execute(
            "CREATE ROLE \(role) LOGIN; GRANT USAGE ON SCHEMA app TO \(role); GRANT SELECT ON app.events TO \(role);",
            database: database
        )

        // When it lists and fetches
        let (listed, error, readable) = try await withConnector(url: server.url(database: database, user: role)) {
            connector in
            let listed = try await connector.enumerate(cursor: nil, scope: ScopeFilter(), pageSize: 10)
            let error = await #expect(throws: ScanError.self) { try await sample(connector, "app/customers") }
            return (listed, error, try await sample(connector, "app/events"))
        }

        // Then the table is listed, the fetch is denied, and the connector goes on
        #expect(listed.objects.map(\.path).contains("app/customers"))
        #expect(error?.code == .permissionDenied)
        #expect(error?.isTransient == false)
        #expect(readable.columns.first?.values.count == 50)
        expectNoSecret(error)
    }

    @Test func statementTimeoutIsReportedAsTimeout() async throws {
        let (server, database) = try await makeDatabase()
        try server.execute(
            "CREATE TABLE app.big AS SELECT i, md5(i::text) AS h FROM generate_series(1, 300000) AS i",
            database: database
        )

        let error = await #expect(throws: ScanError.self) {
            try await withConnector(url: server.url(database: database)) {
                $0.statementTimeout = .milliseconds(1)
                $0.sampling = SamplingOptions(rows: 5, mode: .random, seed: 3)
            } body: {
                try await sample($0, "app/big")
            }
        }

        #expect(error?.code == .timeout)
        expectNoSecret(error)
    }

    @Test func refusedConnectionIsTransientAndNamesOnlyTheEndpoint() async throws {
        let port = try TestPostgresServer.unusedPort()

        let error = await #expect(throws: ScanError.self) {
            try await withConnector(url: "postgres://scanner@127.0.0.1:\(port)/app?sslmode=disable") {
                try await $0.enumerate(cursor: nil, scope: ScopeFilter(), pageSize: 10)
            }
        }

        #expect(error?.code == .connectionFailed)
        #expect(error?.isTransient == true)
        #expect(error?.detail?.contains("127.0.0.1:\(port)") == true)
        expectNoSecret(error)
    }

    @Test func missingTableIsNotFound() async throws {
        let (server, database) = try await makeDatabase()

        let error = await #expect(throws: ScanError.self) {
            try await withConnector(url: server.url(database: database)) { try await sample($0, "app/nope") }
        }

        #expect(error?.code == .notFound)
    }
}
