import ScanCore

/// A finding before its fingerprint, which needs its rank among identical results.
struct FindingDraft {
    /// What a tool reported about one finding, in any input format.
    struct Reported {
        var tool: String
        var ruleID: String
        var message: String
        var severity: Severity
        var target: String? = nil
        var path: String
        var line: Int?
        var endLine: Int?
        var column: Int?
        var snippet: String?
        var tags: [String]
        var fingerprints: [String: String] = [:]
        var partialFingerprints: [String: String] = [:]
    }

    var finding: IngestedFinding
    var fingerprints: [String: String]
    var partialFingerprints: [String: String]
    var contentHash: String

    /// The finding as it will be kept (masked message, preview, keyed hashes), without its
    /// fingerprint yet.
    init(reported: Reported, hasher: ValueHasher) {
        let snippet = reported.snippet.map(FindingIdentity.normalizedCode) ?? ""
        let content =
            snippet.isEmpty
            ? "message\n" + FindingIdentity.normalizedMessage(reported.message) : "code\n" + snippet
        finding = IngestedFinding(
            fingerprint: "",
            identity: .content,
            tool: reported.tool,
            ruleID: reported.ruleID,
            message: CodeRedactor.mask(reported.message),
            severity: reported.severity,
            target: reported.target,
            path: reported.path,
            line: reported.line,
            endLine: reported.endLine,
            column: reported.column,
            preview: snippet.isEmpty ? "" : CodeRedactor.preview(of: snippet),
            snippetHash: snippet.isEmpty ? "" : hasher.hash(snippet.utf8),
            tags: reported.tags
        )
        fingerprints = reported.fingerprints
        partialFingerprints = reported.partialFingerprints
        contentHash = hasher.hash(content.utf8)
    }

    /// The file, inside its target when there is one (`registry/app:1.2!usr/lib/x.so`).
    var location: String {
        finding.target.map { $0 + "!" + finding.path } ?? finding.path
    }

    /// The findings with their fingerprints, in the drafts' order. Results with the same
    /// rule, file and content are numbered by position in the file (line, then column), so
    /// a shift of every line keeps each one's number.
    static func identified(_ drafts: [FindingDraft], asset: String? = nil) -> [IngestedFinding] {
        var groups: [String: [Int]] = [:]
        for (index, draft) in drafts.enumerated() {
            let key = [draft.finding.ruleID, draft.location, draft.contentHash].joined(separator: "\n")
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
            var finding = draft.finding
            let evidence = FindingIdentity.Evidence(
                tool: draft.finding.tool,
                ruleID: draft.finding.ruleID,
                path: draft.location,
                fingerprints: draft.fingerprints,
                partialFingerprints: draft.partialFingerprints,
                contentHash: draft.contentHash,
                occurrence: occurrence[index],
                asset: asset ?? ""
            )
            (finding.fingerprint, finding.identity) = FindingIdentity.fingerprint(evidence)
            return finding
        }
    }
}
