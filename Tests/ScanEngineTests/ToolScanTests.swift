import Foundation
import ScanCore
import ScanEngine
import ScanStoreSQLite
import ScanTestSupport
import Testing

/// Definitions that run an external scanner: its report becomes the run's findings, and a
/// tool that fails, hangs or writes nonsense fails the run with its masked stderr tail.
struct ToolScanTests {
    private func harness() async throws -> PipelineHarness {
        try await PipelineHarness(connector: MemoryConnector(files: [:]))
    }

    /// Saves a definition over `root` running `command`, runs it to its end.
    private func run(
        _ command: ToolCommand,
        root: String,
        in harness: PipelineHarness,
        name: String = "tool"
    ) async throws -> ScanRun {
        let definition: ScanDefinition
        if let existing = try await harness.store.definition(named: name, tenant: Tenant.defaultID) {
            definition = existing
        } else {
            let source = DataSource(name: name, kind: .filesystem, location: root, createdAt: Fixtures.epoch)
            try await harness.store.save(source)
            definition = ScanDefinition(
                name: name,
                sourceID: source.id,
                createdAt: Fixtures.epoch,
                toolCommand: command
            )
            try await harness.store.save(definition)
        }
        let start = try await harness.store.startRun(definitionID: definition.id, tenant: Tenant.defaultID, at: Date())
        try await harness.drive(start.run.id)
        return try await harness.finished(start.run.id)
    }

    private func shell(_ script: String, format: ToolCommand.Format = .sarif, timeout: Double = 30) -> ToolCommand {
        ToolCommand(arguments: ["sh", "-c", script], format: format, timeoutSeconds: timeout)
    }

    @Test func aNonZeroExitFailsTheRunWithTheMaskedStderrTail() async throws {
        let harness = try await harness()
        let token = "tk" + UUID().uuidString.replacingOccurrences(of: "-", with: "")

        let run = try await run(
            shell("echo 'starting'; echo \"boom: token=\(token)\" >&2; exit 3"),
            root: "/tmp",
            in: harness
        )

        #expect(run.status == .failed)
        let error = try #require(run.error)
        #expect(error.contains("external tool 'sh' exited with status 3"))
        #expect(error.contains("boom:"))
        #expect(!error.contains(token))
    }

    @Test func anInvalidReportFailsTheRunNamingTheProblem() async throws {
        let harness = try await harness()

        let run = try await run(shell(#"echo '{"version": "2.1.0", "runs": [{}]}'"#), root: "/tmp", in: harness)

        #expect(run.status == .failed)
        #expect(run.error?.contains("wrote an invalid sarif report") == true)
        #expect(run.error?.contains("runs[0]") == true)
    }

    @Test func aToolPastItsTimeoutIsStoppedAndTheRunFails() async throws {
        let harness = try await harness()
        let started = Date()

        let run = try await run(shell("sleep 30", timeout: 1), root: "/tmp", in: harness)

        #expect(run.status == .failed)
        #expect(run.error?.contains("timed out after 1 s") == true)
        #expect(Date().timeIntervalSince(started) < 20)
    }

    @Test func aNativeReportOnStandardOutputIsTheRunsFindings() async throws {
        let harness = try await harness()
        let report = """
            {"version": "1", "tool": {"name": "lint"}, "findings": [{"rule_id": "L1", "message": "m", "path": "a.py"}]}
            """

        let first = try await run(shell("echo '\(report)'", format: .native), root: "/tmp", in: harness)
        let second = try await run(shell("echo '\(report)'", format: .native), root: "/tmp", in: harness)

        #expect(first.status == .completed && first.counters.findingsNew == 1 && first.tool == "lint")
        #expect(second.status == .completed && second.counters.findingsUnchanged == 1)
        #expect(first.origin == .scan && first.counters.enumerated == 0)
    }
}

/// The same with Bandit from PyPI writing SARIF to `{output}` over a tree that changes.
@Suite(.enabled(if: ExternalTool.bandit.shouldRun, Comment(rawValue: ExternalTool.bandit.skipComment)))
struct BanditToolScanTests {
    @Test func banditsReportsTrackTheTreeAcrossRuns() async throws {
        let bandit = try #require(ExternalTool.bandit.path)
        let harness = try await PipelineHarness(connector: MemoryConnector(files: [:]))
        let tree = FileManager.default.temporaryDirectory.appendingPathComponent("tool-tree-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: tree) }
        try FileManager.default.createDirectory(at: tree, withIntermediateDirectories: true)
        let app = tree.appendingPathComponent("app.py")
        try "import subprocess\n\n\ndef run(cmd):\n    return subprocess.call(cmd, shell=True)\n"
            .write(to: app, atomically: true, encoding: .utf8)
        let command = ToolCommand(
            arguments: [bandit, "-q", "-r", "{target}", "-f", "sarif", "-o", "{output}"],
            exitCodes: [0, 1]
        )
        let source = DataSource(name: "py", kind: .filesystem, location: tree.path, createdAt: Fixtures.epoch)
        try await harness.store.save(source)
        let definition = ScanDefinition(
            name: "py",
            sourceID: source.id,
            createdAt: Fixtures.epoch,
            toolCommand: command
        )
        try await harness.store.save(definition)
        func scan() async throws -> ScanRun {
            let start = try await harness.store.startRun(
                definitionID: definition.id,
                tenant: Tenant.defaultID,
                at: Date()
            )
            try await harness.drive(start.run.id)
            return try await harness.finished(start.run.id)
        }

        let first = try await scan()
        try "def run(cmd):\n    return eval(cmd)\n".write(to: app, atomically: true, encoding: .utf8)
        let second = try await scan()

        #expect(first.status == .completed && first.tool == "Bandit", "\(first.error ?? "")")
        #expect(first.counters.findingsNew == 2)  // B404 import subprocess, B602 shell=True
        #expect(second.counters.findingsNew == 1 && second.counters.findingsFixed == 2)
        let open = try await harness.store.findings(FindingQuery(definitionID: definition.id, status: .open))
        #expect(open.map(\.detection.ruleID) == ["B307"] && open.first?.detection.assetPath == "app.py")
    }
}
