import Foundation
import ScanCore
import ScanIngest
import Testing

/// ScanLogic's native ingest format: findings, targets and dependencies.
struct NativeImportTests {
    private let importer = NativeImporter(hasher: ValueHasher(key: Array(repeating: 3, count: 32)))

    private func finding(_ extra: [String: Any] = [:]) -> [String: Any] {
        var finding: [String: Any] = [
            "rule_id": "javascript.express.security.injection",
            "message": "SQL injection",
            "path": "src/api/users.js",
            "start_line": 42,
            "snippet": "db.query('SELECT * FROM users WHERE id = ' + req.params.id)",
        ]
        finding.merge(extra) { _, new in new }
        return finding
    }

    private func report(
        _ findings: [[String: Any]],
        targets: [[String: Any]]? = nil,
        dependencies: [[String: Any]]? = nil,
        version: String = "1"
    ) throws -> Data {
        var report: [String: Any] = [
            "version": version, "tool": ["name": "semgrep", "version": "1.50.0"], "findings": findings,
        ]
        if let targets { report["targets"] = targets }
        if let dependencies { report["dependencies"] = dependencies }
        return try JSONSerialization.data(withJSONObject: report)
    }

    private let repository: [String: Any] = ["type": "repository", "identifier": "github.com/org/repo"]

    @Test func aReportBecomesFindingsTargetsAndDependencies() throws {
        let data = try report(
            [
                finding([
                    "severity": "high", "cwe_ids": ["CWE-89"], "cve_id": "CVE-2024-1234",
                    "target": "github.com/org/repo",
                ]),
                finding(["rule_id": "r2", "cvss_score": 9.8]),
                finding(["rule_id": "r3", "path": NSNull()]),
            ],
            targets: [repository],
            dependencies: [
                ["name": "lodash", "version": "4.17.21", "ecosystem": "npm", "purl": "pkg:npm/lodash@4.17.21"]
            ]
        )
        let ingest = try importer.report(from: data)

        #expect(ingest.run.tool == "semgrep" && ingest.run.toolVersion == "1.50.0")
        #expect(ingest.targets.map(\.identifier) == ["github.com/org/repo"])
        #expect(ingest.targets.map(\.type) == ["repository"])
        #expect(ingest.dependencies?.map(\.purl) == ["pkg:npm/lodash@4.17.21"])
        let findings = ingest.run.findings
        #expect(findings.map(\.severity) == [.high, .critical, .medium])
        #expect(findings[0].tags == ["CWE-89", "CVE-2024-1234"])
        #expect(findings[0].target == "github.com/org/repo")
        #expect(findings[0].line == 42 && findings[0].endLine == 42)
        #expect(findings[2].path.isEmpty)
        #expect(findings.allSatisfy { $0.identity == .content })
    }

    @Test func theToolsFingerprintIdentifiesWhereverTheFindingMoves() throws {
        let before = try importer.report(from: report([finding(["fingerprint": "sha256:abc"])])).run.findings[0]
        let after = try importer.report(
            from: report([finding(["fingerprint": "sha256:abc", "path": "src/moved.js", "start_line": 7])])
        ).run.findings[0]

        #expect(before.identity == .toolFingerprints)
        #expect(before.fingerprint == after.fingerprint)
    }

    @Test func theSameFileInTwoTargetsIsTwoFindings() throws {
        let targets = [repository, ["type": "repository", "identifier": "github.com/org/fork"]]
        let data = try report(
            [finding(["target": "github.com/org/repo"]), finding(["target": "github.com/org/fork"])],
            targets: targets
        )
        let findings = try importer.report(from: data).run.findings
        let shifted = try importer.report(
            from: report([finding(["target": "github.com/org/repo", "start_line": 50])], targets: targets)
        ).run.findings

        #expect(findings[0].fingerprint != findings[1].fingerprint)
        #expect(shifted[0].fingerprint == findings[0].fingerprint)
    }

    @Test func aSecretInTheSnippetIsMasked() throws {
        let key = "AKIA" + UUID().uuidString.replacingOccurrences(of: "-", with: "").uppercased().prefix(16)
        let data = try report([finding(["snippet": "aws_key = \(key)", "message": "AWS key \(key) in code"])])
        let found = try importer.report(from: data).run.findings[0]

        #expect(!String(describing: found).contains(key))
        #expect(found.preview.hasPrefix("aws_key = AKI") && found.preview.contains("****"))
    }

    @Test(
        arguments: [
            (
                ["severity": "urgent"],
                "findings[0].severity: unknown severity 'urgent' (critical, high, medium, low, info)"
            ),
            (["cvss_score": 11.0], "findings[0].cvss_score: must be from 0 to 10"),
            (["start_line": 0], "findings[0].start_line: must be 1 or more"),
            (["rule_id": ""], "findings[0].rule_id: must not be empty"),
            (
                ["target": "github.com/nobody"],
                "findings[0].target: 'github.com/nobody' is not one of the report's targets"
            ),
            (["message": NSNull()], "findings[0].message: expected a string, found null"),
        ] as [([String: any Sendable], String)]
    )
    func aBadFindingIsNamed(change: [String: any Sendable], expected: String) throws {
        let data = try report([finding(change)])
        let error = try #require(throws: ScanError.self) { try importer.report(from: data) }

        #expect(error.code == .invalidInput)
        #expect(error.message == "invalid ingest report: " + expected)
    }

    @Test func badTargetsDependenciesAndVersionsAreNamed() throws {
        func message(_ data: Data) throws -> String {
            try #require(throws: ScanError.self) { try importer.report(from: data) }.message
        }

        #expect(
            try message(report([], targets: [repository, repository]))
                == "invalid ingest report: targets[1].identifier: 'github.com/org/repo' is listed twice"
        )
        #expect(
            try message(report([], dependencies: [["name": ""]]))
                == "invalid ingest report: dependencies[0].name: must not be empty"
        )
        #expect(try message(report([], version: "2")) == "unsupported ingest report version '2'; expected 1")
    }

    @Test func tooManyFindingsAreRefused() throws {
        let limited = NativeImporter(
            hasher: ValueHasher(key: Array(repeating: 3, count: 32)),
            limits: IngestLimits(maximumResults: 1)
        )
        let error = try #require(throws: ScanError.self) {
            try limited.report(from: report([finding(), finding(["rule_id": "other"])]))
        }

        #expect(error.code == .tooLarge)
    }
}
