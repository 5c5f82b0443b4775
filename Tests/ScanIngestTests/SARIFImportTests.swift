import Foundation
import ScanCore
import ScanIngest
import Testing

/// What a SARIF file becomes: runs, tools, severities, paths, and nothing in the clear.
struct SARIFImportTests {
    private let importer = SARIFImporter(hasher: ValueHasher(key: Array(repeating: 3, count: 32)))

    @Test func everyRunKeepsItsToolAndFindings() throws {
        let log = SARIFBuilder(runs: [
            .init(results: [SARIFBuilder.Result(), SARIFBuilder.Result(rule: "B404")]),
            .init(tool: "Checkov", version: nil, results: [SARIFBuilder.Result(rule: "CKV_AWS_20")]),
            .init(tool: "Empty", results: []),
        ])
        let runs = try importer.runs(from: log.data)

        #expect(runs.map(\.tool) == ["Bandit", "Checkov", "Empty"])
        #expect(runs.map(\.toolVersion) == ["1.9.4", nil, "1.9.4"])
        #expect(runs.map(\.findings.count) == [2, 1, 0])
        #expect(runs[1].findings[0].ruleID == "CKV_AWS_20")
        #expect(runs[1].findings[0].tool == "Checkov")
    }

    @Test func theRuleMayBeNamedByIndex() throws {
        var run = SARIFBuilder.Run(rules: [
            ["id": "B101"], ["id": "B602", "properties": ["tags": ["external/cwe/cwe-78"]]],
        ])
        var result = SARIFBuilder.Result(rule: nil)
        result.properties = ["tags": ["security"]]
        var json = result.json
        json["ruleIndex"] = 1
        run.results = []
        let log: [String: Any] = [
            "version": "2.1.0",
            "runs": [["tool": ["driver": ["name": "Bandit", "rules": run.rules]], "results": [json]]],
        ]
        let data = try JSONSerialization.data(withJSONObject: log)
        let finding = try importer.runs(from: data)[0].findings[0]

        #expect(finding.ruleID == "B602")
        #expect(finding.tags == ["external/cwe/cwe-78", "security"])
    }

    @Test(
        arguments: [
            (["security-severity": "9.1"], nil, Severity.critical),
            (["security-severity": "7.5"], "note", .high),
            (["security-severity": 5.0], nil, .medium),
            (["issue_severity": "LOW"], "error", .low),
            ([:], "error", .high),
            ([:], "note", .low),
            ([:], "none", .info),
            ([:], nil, .medium),
        ] as [([String: any Sendable], String?, Severity)]
    )
    func severityComesFromTheScoreThenTheToolThenTheLevel(
        properties: [String: any Sendable],
        level: String?,
        expected: Severity
    ) throws {
        var result = SARIFBuilder.Result()
        result.properties = properties
        result.level = level
        let finding = try importer.runs(from: SARIFBuilder([result]).data)[0].findings[0]

        #expect(finding.severity == expected)
    }

    @Test func aRulesDefaultLevelAppliesToItsResults() throws {
        let run = SARIFBuilder.Run(
            rules: [["id": "B602", "defaultConfiguration": ["level": "error"]]],
            results: [SARIFBuilder.Result()]
        )
        let finding = try importer.runs(from: SARIFBuilder(runs: [run]).data)[0].findings[0]

        #expect(finding.severity == .high)
    }

    @Test(
        arguments: [
            ("file:///checkout/src/my%20app.py", "/checkout/", "src/my app.py"),
            ("./src/app.py", nil, "src/app.py"),
            ("src\\win\\app.py", nil, "src/win/app.py"),
            ("/elsewhere/app.py", "/checkout", "/elsewhere/app.py"),
        ] as [(String, String?, String)]
    )
    func pathsAreMadeRelativeToTheTree(uri: String, root: String?, expected: String) throws {
        var result = SARIFBuilder.Result()
        result.path = uri
        let importer = SARIFImporter(hasher: ValueHasher(key: Array(repeating: 3, count: 32)), root: root)
        let finding = try importer.runs(from: SARIFBuilder([result]).data)[0].findings[0]

        #expect(finding.path == expected)
    }

    @Test func aResultWithoutALocationIsKept() throws {
        var result = SARIFBuilder.Result()
        result.path = nil
        let finding = try importer.runs(from: SARIFBuilder([result]).data)[0].findings[0]

        #expect(finding.path.isEmpty && finding.line == nil)
    }

    @Test func aSecretInTheSnippetOrMessageIsNeverKeptInTheClear() throws {
        let password = "pw-" + UUID().uuidString.prefix(12)
        let token = "ghp_" + UUID().uuidString.replacingOccurrences(of: "-", with: "")
        var result = SARIFBuilder.Result(rule: "B105")
        result.snippet = "\n    password = \"\(password)\"  # token \(token)\nnext_line()\n"
        result.message = "Possible hardcoded password: '\(password)' near \(token)"
        let finding = try importer.runs(from: SARIFBuilder([result]).data)[0].findings[0]

        let stored = String(describing: finding)
        #expect(!stored.contains(password))
        #expect(!stored.contains(token))
        #expect(finding.preview.hasPrefix("password = \""))
        #expect(finding.preview.contains("# token"))
        #expect(finding.message.hasPrefix("Possible hardcoded password: '"))
        #expect(finding.snippetHash.count == 64)
    }
}
