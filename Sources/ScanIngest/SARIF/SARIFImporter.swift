public import Foundation
public import ScanCore

/// Reads a SARIF 2.1.0 file into normalized findings, one ``IngestedRun`` per tool run.
///
/// ```swift
/// let importer = SARIFImporter(hasher: ValueHasher(key: key), root: "/checkout")
/// let runs = try importer.runs(from: data)
/// ```
public struct SARIFImporter: IngestReader {
    public let settings: IngestSettings

    public init(settings: IngestSettings) {
        self.settings = settings
    }

    /// The file's runs with their findings.
    /// - Throws: ``ScanCore/ScanError`` `.tooLarge` over a limit, `.invalidInput` naming the
    ///   member at fault for a file that is not SARIF 2.1.0.
    public func runs(from data: Data) throws -> [IngestedRun] {
        try settings.limits.checkSize(data.count)
        let log = try IngestDecoding.decode(SARIFLog.self, from: data, format: "SARIF")
        guard log.version == "2.1.0" else {
            throw ScanError(.invalidInput, "unsupported SARIF version '\(log.version)'; expected 2.1.0")
        }
        try settings.limits.checkResults(log.runs.reduce(0) { $0 + ($1.results?.count ?? 0) })
        return try log.runs.enumerated().map { index, run in try self.run(run, at: index) }
    }

    private func run(_ run: SARIFRun, at runIndex: Int) throws -> IngestedRun {
        let tool = run.tool.driver.name
        let rules = run.tool.driver.rules ?? []
        let ruleByID = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var drafts: [FindingDraft] = []
        for (index, result) in (run.results ?? []).enumerated() {
            let where_ = "runs[\(runIndex)].results[\(index)]"
            drafts.append(try draft(result, tool: tool, rules: rules, ruleByID: ruleByID, at: where_))
        }
        return IngestedRun(
            tool: tool,
            toolVersion: run.tool.driver.version ?? run.tool.driver.semanticVersion,
            findings: FindingDraft.identified(drafts, asset: settings.assetPath)
        )
    }

    private func draft(
        _ result: SARIFResult,
        tool: String,
        rules: [SARIFRule],
        ruleByID: [String: SARIFRule],
        at location: String
    ) throws -> FindingDraft {
        let index = result.ruleIndex ?? result.rule?.index
        let indexed = index.flatMap { rules.indices.contains($0) ? rules[$0] : nil }
        guard let ruleID = result.ruleId ?? result.rule?.id ?? indexed?.id else {
            throw ScanError(.invalidInput, "invalid SARIF: \(location) names no rule (ruleId, rule.id or ruleIndex)")
        }
        let rule = ruleByID[ruleID] ?? indexed
        let physical = result.locations?.first?.physicalLocation
        let region = physical?.region
        return FindingDraft(
            reported: FindingDraft.Reported(
                tool: tool,
                ruleID: ruleID,
                message: result.message.text ?? rule?.shortDescription?.text ?? ruleID,
                severity: SARIFSeverity.of(result, rule: rule),
                path: settings.path(of: physical?.artifactLocation?.uri),
                line: region?.startLine,
                endLine: region?.endLine ?? region?.startLine,
                column: region?.startColumn,
                snippet: region?.snippet?.text,
                tags: (rule?.properties?.tags ?? []) + (result.properties?.tags ?? []),
                fingerprints: result.fingerprints ?? [:],
                partialFingerprints: result.partialFingerprints ?? [:]
            ),
            hasher: settings.hasher
        )
    }
}
