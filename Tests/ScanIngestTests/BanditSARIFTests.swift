import Foundation
import ScanCore
import ScanIngest
import ScanTestSupport
import Testing

/// Real SARIF from Bandit over three versions of a small Python tree the test writes: the
/// findings' identities follow the code, not its lines.
@Suite(.enabled(if: ExternalTool.bandit.shouldRun, Comment(rawValue: ExternalTool.bandit.skipComment)))
struct BanditSARIFTests {
    private let password = "pw-" + UUID().uuidString.prefix(13)
    private let importer: (String) -> SARIFImporter = { root in
        SARIFImporter(hasher: ValueHasher(key: Array(repeating: 5, count: 32)), root: root)
    }

    /// `app.py` in version 1 (with the unsafe pickle use), 2 (three lines of header added
    /// above everything, pickle gone) or 3 (pickle back, further down).
    private func app(version: Int) -> String {
        let header = version >= 2 ? "# Service entry points.\n# Reviewed 2026.\n\n" : ""
        let pickleImport = version != 2 ? "import pickle\n" : ""
        let pickleUse = version != 2 ? "\n\ndef load(data):\n    return pickle.loads(data)\n" : ""
        return header + "import subprocess\n" + (version == 3 ? "" : pickleImport)
            + """

            def run(cmd):
                return subprocess.call(cmd, shell=True)

            """ + (version == 3 ? "" : pickleUse)
            + "\npassword = \"\(password)\"\n" + (version == 3 ? "\n" + pickleImport + pickleUse : "")
    }

    /// Bandit's SARIF for the tree at `version`, and the root it scanned.
    private func report(version: Int) async throws -> (sarif: Data, root: String) {
        let tree = FileManager.default.temporaryDirectory.appendingPathComponent("bandit-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: tree) }
        try FileManager.default.createDirectory(at: tree, withIntermediateDirectories: true)
        try app(version: version).write(to: tree.appendingPathComponent("app.py"), atomically: true, encoding: .utf8)
        let util = "import hashlib\n\n\ndef digest(value):\n    return hashlib.md5(value).hexdigest()\n"
        try util.write(to: tree.appendingPathComponent("util.py"), atomically: true, encoding: .utf8)
        if version >= 2 {
            let new = "def evaluate(expression):\n    return eval(expression)\n"
            try new.write(to: tree.appendingPathComponent("calc.py"), atomically: true, encoding: .utf8)
        }
        let report = tree.appendingPathComponent("report.sarif")
        let (status, output) = try await ExternalTool.bandit.run(
            ["-q", "-r", tree.path, "-x", report.path, "-f", "sarif", "-o", report.path]
        )
        // Bandit exits 1 when it found something.
        try #require(status == 0 || status == 1, "bandit exited \(status): \(output)")
        return (try Data(contentsOf: report), tree.path)
    }

    private func scan(version: Int) async throws -> [IngestedFinding] {
        let (sarif, root) = try await report(version: version)
        let runs = try importer(root).runs(from: sarif)
        try #require(runs.count == 1)
        #expect(runs[0].tool == "Bandit")
        return runs[0].findings
    }

    private func rules(_ findings: [IngestedFinding]) -> [String] {
        findings.map { "\($0.path):\($0.ruleID)" }.sorted()
    }

    @Test func findingsAreNewUnchangedFixedAndReopenedAsTheCodeChanges() async throws {
        let first = try await scan(version: 1)
        let second = try await scan(version: 2)
        let third = try await scan(version: 3)
        func keys(_ findings: [IngestedFinding]) -> Set<String> { Set(findings.map(\.fingerprint)) }

        #expect(
            rules(first) == ["app.py:B105", "app.py:B301", "app.py:B403", "app.py:B404", "app.py:B602", "util.py:B324"]
        )
        let unchanged = first.filter { keys(second).contains($0.fingerprint) }
        let fixed = first.filter { !keys(second).contains($0.fingerprint) }
        let new = second.filter { !keys(first).contains($0.fingerprint) }
        #expect(rules(unchanged) == ["app.py:B105", "app.py:B404", "app.py:B602", "util.py:B324"])
        #expect(rules(fixed) == ["app.py:B301", "app.py:B403"])
        #expect(rules(new) == ["calc.py:B307"])

        // The unchanged ones in app.py moved (a header above them, pickle gone between
        // them) and kept their identity.
        for finding in unchanged where finding.path == "app.py" {
            let moved = try #require(second.first { $0.fingerprint == finding.fingerprint })
            #expect(moved.line != finding.line, "\(finding.ruleID) did not move")
        }
        // Pickle comes back further down: the same findings again, not new ones.
        #expect(keys(fixed).isSubset(of: keys(third)))
        #expect(keys(third).subtracting(keys(first)).subtracting(keys(second)).isEmpty)
    }

    /// The same three reports stored as ingest runs of one definition: the run counters
    /// are the diff between versions.
    @Test(arguments: StoreKind.available)
    func ingestedReportsCountTheDiffOnTheirRuns(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let definition = try await Fixtures.definition(in: store, name: "service")
        let ingestor = ReportIngestor(store: store, hasher: ValueHasher(key: Array(repeating: 5, count: 32)))
        let destination = IngestDestination(tenantID: Tenant.defaultID, definitionID: definition.id)
        var counts: [[Int]] = []
        for version in 1...3 {
            let (sarif, root) = try await report(version: version)
            let at = Fixtures.epoch.addingTimeInterval(Double(version) * 60)
            let runs = try await ingestor.ingestSARIF(sarif, into: destination, root: root, at: at)
            let run = try #require(runs.first)
            #expect(runs.count == 1 && run.tool == "Bandit" && run.origin == .ingest)
            let counters = run.counters
            counts.append([
                counters.findingsNew, counters.findingsUnchanged, counters.findingsFixed, counters.findingsReopened,
            ])
        }

        // 1: six found. 2: pickle's two fixed, eval new, four moved but unchanged.
        // 3: pickle's two reopened, the other five unchanged.
        #expect(counts == [[6, 0, 0, 0], [1, 4, 2, 0], [0, 5, 0, 2]])
        let stored = try await store.findings(FindingQuery(definitionID: definition.id))
        #expect(stored.count == 7 && stored.allSatisfy { $0.status == .open && $0.tool == "Bandit" })
        #expect(!String(describing: stored).contains(password))
    }

    @Test func theHardCodedPasswordIsNotKeptInTheClear() async throws {
        let findings = try await scan(version: 1)
        let password = try #require(findings.first { $0.ruleID == "B105" })

        #expect(!String(describing: findings).contains(self.password))
        #expect(password.preview.hasPrefix("password = \"pw"))
        #expect(password.severity == .low)
        #expect(findings.first { $0.ruleID == "B602" }?.severity == .high)
    }
}
