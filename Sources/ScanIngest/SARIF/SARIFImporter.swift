public import Foundation
public import ScanCore

/// Reads a SARIF 2.1.0 file into normalized findings, one ``IngestedRun`` per tool run.
///
/// ```swift
/// let importer = SARIFImporter(hasher: ValueHasher(key: key), root: "/checkout")
/// let runs = try importer.runs(from: data)
/// ```
public struct SARIFImporter: Sendable {
    let hasher: ValueHasher
    /// The limits checked before anything is read.
    public var limits: IngestLimits
    /// The scanned tree's root as the tool saw it; paths under it are made relative.
    public var root: String?

    /// Creates an importer; `hasher` keys the snippet hashes (the installation's key).
    public init(hasher: ValueHasher, limits: IngestLimits = IngestLimits(), root: String? = nil) {
        self.hasher = hasher
        self.limits = limits
        self.root = root
    }

    /// The file's runs with their findings.
    /// - Throws: ``ScanCore/ScanError`` `.tooLarge` over a limit, `.invalidInput` naming the
    ///   member at fault for a file that is not SARIF 2.1.0.
    public func runs(from data: Data) throws -> [IngestedRun] {
        try limits.checkSize(data.count)
        let log = try SARIFDecoding.decode(data)
        guard log.version == "2.1.0" else {
            throw ScanError(.invalidInput, "unsupported SARIF version '\(log.version)'; expected 2.1.0")
        }
        try limits.checkResults(log.runs.reduce(0) { $0 + ($1.results?.count ?? 0) })
        return try log.runs.enumerated().map { index, run in try self.run(run, at: index) }
    }

    private func run(_ run: SARIFRun, at runIndex: Int) throws -> IngestedRun {
        let tool = run.tool.driver.name
        let rules = run.tool.driver.rules ?? []
        let ruleByID = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var drafts: [Draft] = []
        for (index, result) in (run.results ?? []).enumerated() {
            let where_ = "runs[\(runIndex)].results[\(index)]"
            drafts.append(try draft(result, tool: tool, rules: rules, ruleByID: ruleByID, at: where_))
        }
        return IngestedRun(
            tool: tool,
            toolVersion: run.tool.driver.version ?? run.tool.driver.semanticVersion,
            findings: Draft.numbered(drafts).map(\.finding)
        )
    }

    private func draft(
        _ result: SARIFResult,
        tool: String,
        rules: [SARIFRule],
        ruleByID: [String: SARIFRule],
        at location: String
    ) throws -> Draft {
        let index = result.ruleIndex ?? result.rule?.index
        let indexed = index.flatMap { rules.indices.contains($0) ? rules[$0] : nil }
        guard let ruleID = result.ruleId ?? result.rule?.id ?? indexed?.id else {
            throw ScanError(.invalidInput, "invalid SARIF: \(location) names no rule (ruleId, rule.id or ruleIndex)")
        }
        let rule = ruleByID[ruleID] ?? indexed
        let physical = result.locations?.first?.physicalLocation
        let region = physical?.region
        let snippet = region?.snippet?.text.map(FindingIdentity.normalizedCode) ?? ""
        let message = result.message.text ?? rule?.shortDescription?.text ?? ruleID
        let content = snippet.isEmpty ? "message\n" + FindingIdentity.normalizedMessage(message) : "code\n" + snippet
        return Draft(
            finding: IngestedFinding(
                fingerprint: "",
                identity: .content,
                tool: tool,
                ruleID: ruleID,
                message: CodeRedactor.mask(message),
                severity: SARIFSeverity.of(result, rule: rule),
                path: physical?.artifactLocation?.uri.map { IngestPath.normalize($0, root: root) } ?? "",
                line: region?.startLine,
                endLine: region?.endLine ?? region?.startLine,
                column: region?.startColumn,
                preview: snippet.isEmpty ? "" : CodeRedactor.preview(of: snippet),
                snippetHash: snippet.isEmpty ? "" : hasher.hash(snippet.utf8),
                tags: (rule?.properties?.tags ?? []) + (result.properties?.tags ?? [])
            ),
            fingerprints: result.fingerprints ?? [:],
            partialFingerprints: result.partialFingerprints ?? [:],
            contentHash: hasher.hash(content.utf8)
        )
    }
}

/// A finding before its fingerprint, which needs its rank among identical results.
private struct Draft {
    var finding: IngestedFinding
    var fingerprints: [String: String]
    var partialFingerprints: [String: String]
    var contentHash: String

    /// The drafts with their fingerprints, in the same order. Results with the same rule,
    /// file and content are numbered by position in the file (line, then column), so a
    /// shift of every line keeps each one's number.
    static func numbered(_ drafts: [Draft]) -> [Draft] {
        var groups: [String: [Int]] = [:]
        for (index, draft) in drafts.enumerated() {
            let key = [draft.finding.ruleID, draft.finding.path, draft.contentHash].joined(separator: "\n")
            groups[key, default: []].append(index)
        }
        var occurrence = Array(repeating: 0, count: drafts.count)
        for indices in groups.values {
            let ordered = indices.sorted { left, right in
                let a = drafts[left].finding
                let b = drafts[right].finding
                return (a.line ?? 0, a.column ?? 0, left) < (b.line ?? 0, b.column ?? 0, right)
            }
            for (rank, index) in ordered.enumerated() { occurrence[index] = rank }
        }
        return drafts.enumerated().map { index, draft in
            var numbered = draft
            let evidence = FindingIdentity.Evidence(
                tool: draft.finding.tool,
                ruleID: draft.finding.ruleID,
                path: draft.finding.path,
                fingerprints: draft.fingerprints,
                partialFingerprints: draft.partialFingerprints,
                contentHash: draft.contentHash,
                occurrence: occurrence[index]
            )
            (numbered.finding.fingerprint, numbered.finding.identity) = FindingIdentity.fingerprint(evidence)
            return numbered
        }
    }
}
