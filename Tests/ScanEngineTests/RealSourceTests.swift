import Foundation
import Logging
import ScanConnectors
import ScanCore
import ScanEngine
import ScanRules
import ScanStoreSQLite
import ScanTestSupport
import Testing

/// The pipeline over real sources with the built-in catalog: a file tree on disk and a
/// PostgreSQL database on a throwaway server.
struct RealSourceTests {
    private static let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }

    /// A token in GitHub's classic format, generated so no real secret is in the repository.
    private static func githubToken() -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        return "ghp_" + String((0..<36).map { _ in alphabet.randomElement()! })
    }

    private static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent,
            withIntermediateDirectories: true
        )
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test func aFileTreeIsScannedWithEveryOutcomeRecorded() async throws {
        // Given a tree with a secret, a card number, a binary file, an oversized file and a symlink
        let root = NSTemporaryDirectory() + "scanlogic-tree-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        let token = Self.githubToken()
        try Self.write("GITHUB_TOKEN=\(token)\n", to: root + "/config/app.env")
        try Self.write("name,card\nAda,4111 1111 1111 1111\n", to: root + "/exports/cards.csv")
        try Self.write("just words\n", to: root + "/docs/readme.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0]).write(
            to: URL(fileURLWithPath: root + "/logo.png")
        )
        try Self.write(String(repeating: "x", count: 5000), to: root + "/big.log")
        try FileManager.default.createSymbolicLink(
            atPath: root + "/link.env",
            withDestinationPath: root + "/config/app.env"
        )
        let connector = try FileSystemConnector(
            configuration: FileSystemConnector.Configuration(root: root, maxFileSize: 4096),
            logger: Self.logger
        )
        let harness = try await PipelineHarness(connector: connector, classifiers: BuiltinClassifiers.all)

        // When it is scanned
        let run = try await harness.runToEnd()

        // Then every object has its outcome and the secret is found but never stored
        #expect(run.status == .completed)
        let records = try await harness.store.objectRecords(run: run.id, tenant: Tenant.defaultID)
        let outcomes = Dictionary(uniqueKeysWithValues: records.map { ($0.path, $0.outcome.name) })
        #expect(
            outcomes == [
                "big.log": "policy_blocked", "config/app.env": "findings", "docs/readme.txt": "clean",
                "exports/cards.csv": "findings", "logo.png": "unsupported_type",
            ]
        )
        let findings = try await harness.openFindings()
        #expect(Set(findings.map(\.detection.ruleID)).isSuperset(of: ["secret.github_token", "financial.credit_card"]))
        #expect(findings.allSatisfy { !$0.detection.preview.contains(String(token.dropFirst(4))) })
        let assets = try await harness.store.assets(source: harness.definition.sourceID, tenant: Tenant.defaultID)
        #expect(assets.contains { $0.path == "config" && $0.kind == .directory })
    }
}

/// The pipeline over a PostgreSQL database.
@Suite(.enabled(if: TestPostgresServer.shouldRun, Comment(rawValue: TestPostgresServer.skipComment)))
struct PostgresPipelineTests {
    @Test func aDatabaseIsClassifiedByColumn() async throws {
        // Given a table with card numbers, emails and a harmless column
        let server = try await TestPostgresServer.shared()
        let database = try server.createDatabase()
        try server.execute(
            """
            CREATE TABLE customers (id serial PRIMARY KEY, contact text, card_number text, note text);
            INSERT INTO customers (contact, card_number, note)
                SELECT 'user' || i || '@northwind-mail.com', '4111 1111 1111 1111', 'ok'
                FROM generate_series(1, 50) AS i;
            ANALYZE;
            """,
            database: database
        )
        let configuration = try PostgresConnector.Configuration(url: server.url(database: database), password: nil)
        let connector = PostgresConnector(
            configuration: configuration,
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        )
        let harness = try await PipelineHarness(connector: connector, classifiers: BuiltinClassifiers.all)

        // When it is scanned
        let run = try await harness.runToEnd()
        await connector.close()

        // Then the columns are classified, with column-level findings
        #expect(run.status == .completed)
        let findings = try await harness.openFindings()
        let byColumn = Set(findings.map { "\($0.detection.assetPath) \($0.detection.ruleID)" })
        #expect(byColumn.contains("public/customers/card_number financial.credit_card"))
        #expect(byColumn.contains("public/customers/contact pii.email"))
        #expect(!findings.contains { $0.detection.assetPath.hasSuffix("/note") })
        let assets = try await harness.store.assets(source: harness.definition.sourceID, tenant: Tenant.defaultID)
        let card = try #require(assets.first { $0.path == "public/customers/card_number" })
        #expect(card.kind == .column)
        #expect(card.classifications.contains { $0.ruleID == "financial.credit_card" && $0.confidence > 0.5 })
    }
}
