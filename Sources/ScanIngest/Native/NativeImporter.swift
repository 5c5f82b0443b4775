public import Foundation
import ScanCore

/// Reads ScanLogic's native ingest format (version 1, `docs/INGEST.md`).
///
/// Findings get the same identity, severity and masking as SARIF results: a finding's own
/// `fingerprint` is the tool's fingerprint; without one the rule, the file (inside its
/// target) and the flagged code identify it.
public struct NativeImporter: IngestReader {
    public let settings: IngestSettings

    public init(settings: IngestSettings) {
        self.settings = settings
    }

    /// The report's findings, targets and dependencies.
    /// - Throws: ``ScanCore/ScanError`` `.tooLarge` over a limit, `.invalidInput` naming the
    ///   member at fault.
    public func report(from data: Data) throws -> NativeIngest {
        try settings.limits.checkSize(data.count)
        let report = try IngestDecoding.decode(NativeReport.self, from: data, format: "ingest report")
        guard report.version == "1" else {
            throw ScanError(.invalidInput, "unsupported ingest report version '\(report.version)'; expected 1")
        }
        guard !report.tool.name.isEmpty else { throw Self.invalid("tool.name", "must not be empty") }
        try settings.limits.checkResults(report.findings.count)
        let targets = try Self.targets(report.targets ?? [])
        let known = Set(targets.map(\.identifier))
        let drafts = try report.findings.enumerated().map { index, finding in
            try draft(finding, tool: report.tool.name, targets: known, at: "findings[\(index)]")
        }
        return NativeIngest(
            run: IngestedRun(
                tool: report.tool.name,
                toolVersion: report.tool.version,
                findings: FindingDraft.identified(drafts, asset: settings.assetPath)
            ),
            targets: targets,
            dependencies: try report.dependencies?.enumerated().map { index, dependency in
                try Self.dependency(dependency, targets: known, at: "dependencies[\(index)]")
            }
        )
    }

    private func draft(
        _ finding: NativeFinding,
        tool: String,
        targets: Set<String>,
        at location: String
    ) throws -> FindingDraft {
        guard !finding.ruleID.isEmpty else { throw Self.invalid(location + ".rule_id", "must not be empty") }
        try Self.check(target: finding.target, in: targets, at: location)
        for (name, line) in [("start_line", finding.startLine), ("end_line", finding.endLine)] {
            if let line, line < 1 { throw Self.invalid("\(location).\(name)", "must be 1 or more") }
        }
        return FindingDraft(
            reported: FindingDraft.Reported(
                tool: tool,
                ruleID: finding.ruleID,
                message: finding.message,
                severity: try Self.severity(of: finding, at: location),
                target: finding.target,
                path: settings.path(of: finding.path),
                line: finding.startLine,
                endLine: finding.endLine ?? finding.startLine,
                column: finding.column,
                snippet: finding.snippet,
                tags: (finding.cweIDs ?? []) + (finding.cveID.map { [$0] } ?? []),
                fingerprints: finding.fingerprint.map { ["fingerprint": $0] } ?? [:]
            ),
            hasher: settings.hasher
        )
    }

    /// The stated severity, else the CVSS score's band, else medium.
    private static func severity(of finding: NativeFinding, at location: String) throws -> Severity {
        if let word = finding.severity {
            guard let severity = SARIFSeverity.fromWord(word) else {
                throw invalid(location + ".severity", "unknown severity '\(word)' (critical, high, medium, low, info)")
            }
            return severity
        }
        if let score = finding.cvssScore {
            guard (0...10).contains(score) else { throw invalid(location + ".cvss_score", "must be from 0 to 10") }
            return SARIFSeverity.fromScore(score)
        }
        return .medium
    }

    private static func targets(_ targets: [NativeTarget]) throws -> [IngestTarget] {
        var seen = Set<String>()
        return try targets.enumerated().map { index, target in
            guard !target.identifier.isEmpty else {
                throw invalid("targets[\(index)].identifier", "must not be empty")
            }
            guard seen.insert(target.identifier).inserted else {
                throw invalid("targets[\(index)].identifier", "'\(target.identifier)' is listed twice")
            }
            return IngestTarget(type: target.type, identifier: target.identifier, name: target.name)
        }
    }

    private static func dependency(
        _ dependency: NativeDependency,
        targets: Set<String>,
        at location: String
    ) throws -> IngestedDependency {
        guard !dependency.name.isEmpty else { throw invalid(location + ".name", "must not be empty") }
        try check(target: dependency.target, in: targets, at: location)
        return IngestedDependency(
            name: dependency.name,
            version: dependency.version,
            ecosystem: dependency.ecosystem,
            purl: dependency.purl,
            target: dependency.target
        )
    }

    private static func check(target: String?, in targets: Set<String>, at location: String) throws {
        guard let target, !targets.contains(target) else { return }
        throw invalid(location + ".target", "'\(target)' is not one of the report's targets")
    }

    private static func invalid(_ member: String, _ problem: String) -> ScanError {
        ScanError(.invalidInput, "invalid ingest report: \(member): \(problem)")
    }
}
