import Foundation
import GRDB
import ScanConnectors
import ScanCore
import Testing

@Suite struct ConnectorFactoryTests {
    private func source(
        _ kind: SourceKind,
        _ location: String,
        options: [String: String] = [:],
        credentialEnv: String? = nil
    )
        -> DataSource
    {
        DataSource(
            name: "test",
            kind: kind,
            location: location,
            options: options,
            credentialEnv: credentialEnv,
            createdAt: Date()
        )
    }

    @Test(arguments: [
        ("/data/share", SourceKind.filesystem, "/data/share"),
        ("relative/dir", .filesystem, "relative/dir"),
        ("notes.db", .filesystem, "notes.db"),
        ("sqlite:/tmp/x.db", .sqlite, "/tmp/x.db"),
        ("sqlite:///tmp/x.db", .sqlite, "/tmp/x.db"),
        ("sqlite:relative.sqlite", .sqlite, "relative.sqlite"),
        ("postgres://scanner@db:5433/app?sslmode=disable", .postgres, "postgres://scanner@db:5433/app?sslmode=disable"),
        ("postgresql://scanner:hunter2@db/app", .postgres, "postgresql://scanner@db/app"),
    ])
    func parsesTargets(text: String, kind: SourceKind, location: String) throws {
        let parsed = try ConnectorFactory.parseTarget(text)

        #expect(parsed.kind == kind)
        #expect(parsed.location == location)
        #expect(!parsed.location.contains("hunter2"))
    }

    @Test func reportsAnInlinePassword() {
        #expect(ConnectorFactory.inlinePassword(in: "postgres://scanner:hunter2@db/app") == "hunter2")
        #expect(ConnectorFactory.inlinePassword(in: "postgres://scanner@db/app") == nil)
        #expect(ConnectorFactory.inlinePassword(in: "/data") == nil)
    }

    @Test(arguments: ["", "mysql://db/app", "sqlite:", "postgres:///nohost"])
    func rejectsBadTargets(text: String) {
        let error = #expect(throws: ScanError.self) { try ConnectorFactory.parseTarget(text) }
        #expect(error?.code == .invalidInput)
    }

    @Test(arguments: ["app.db", "app.sqlite", "app.SQLITE3"])
    func recognisesSQLiteFilesByHeader(name: String) throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        let path = tree.root + "/" + name
        try DatabaseQueue(path: path).write { try $0.execute(sql: "CREATE TABLE t (x)") }
        try tree.write("text.db", text: "just text")

        let parsed = try ConnectorFactory.parseTarget(path)
        #expect(parsed.kind == .sqlite)
        #expect(parsed.location == path)
        #expect(try ConnectorFactory.parseTarget(tree.root + "/text.db").kind == .filesystem)
    }

    @Test func buildsAFileSystemConnectorFromOptions() throws {
        let options = ["max_file_size": "10", "follow_symlinks": "true", "chunk_size": "100", "chunk_overlap": "5"]
        let connector = try ConnectorFactory.make(
            for: source(.filesystem, "/data", options: options),
            sampling: SamplingOptions(),
            environment: [:],
            logger: testLogger
        )

        let configuration = try #require(connector as? FileSystemConnector).configuration
        #expect(
            configuration
                == .init(root: "/data", maxFileSize: 10, followSymlinks: true, chunkSize: 100, chunkOverlap: 5)
        )
    }

    @Test(arguments: [
        ["max_file_size": "-1"], ["follow_symlinks": "maybe"], ["chunk_size": "10", "chunk_overlap": "10"],
    ])
    func rejectsBadOptions(options: [String: String]) {
        let error = #expect(throws: ScanError.self) {
            try ConnectorFactory.make(
                for: source(.filesystem, "/data", options: options),
                sampling: .init(),
                environment: [:],
                logger: testLogger
            )
        }
        #expect(error?.code == .invalidInput)
    }

    @Test func readsThePostgresPasswordFromTheNamedVariable() throws {
        let sampling = SamplingOptions(rows: 7, mode: .random, seed: 9)
        let connector = try ConnectorFactory.make(
            for: source(
                .postgres,
                "postgres://scanner:inline@db:6543/app?sslmode=disable",
                options: ["max_connections": "2"],
                credentialEnv: "APP_DB_PASSWORD"
            ),
            sampling: sampling,
            environment: ["APP_DB_PASSWORD": "from-env", "PGPASSWORD": "other"],
            logger: testLogger
        )

        let configuration = try #require(connector as? PostgresConnector).configuration
        #expect(configuration.password == "from-env")
        #expect(configuration.endpoint == "db:6543")
        #expect(configuration.maximumConnections == 2)
        #expect(configuration.sampling == sampling)
        #expect(configuration.tls == .disable)
        #expect(!configuration.description.contains("from-env"))
        #expect(!configuration.description.contains("inline"))
    }

    @Test func fallsBackToPGPASSWORDAndFailsOnAMissingNamedVariable() throws {
        let plain = try ConnectorFactory.make(
            for: source(.postgres, "postgres://scanner@db/app"),
            sampling: .init(),
            environment: ["PGPASSWORD": "pg"],
            logger: testLogger
        )
        #expect((plain as? PostgresConnector)?.configuration.password == "pg")

        let error = #expect(throws: ScanError.self) {
            try ConnectorFactory.make(
                for: source(.postgres, "postgres://scanner@db/app", credentialEnv: "MISSING_VAR"),
                sampling: .init(),
                environment: [:],
                logger: testLogger
            )
        }
        #expect(error?.code == .invalidInput)
    }
}
