/// A finding reported by another scanner, normalized for the store.
///
/// Like ``Detection`` it never holds the reported code in the clear: a tool's
/// snippet can be the secret it found (Bandit quotes the hard-coded password), so only a
/// redacted ``preview`` and a keyed ``snippetHash`` are kept.
public struct IngestedFinding: Sendable, Codable, Hashable {
    /// Where the finding's identity came from.
    public enum IdentitySource: String, Sendable, Codable, Hashable {
        /// The tool's own `fingerprints`, used as they are.
        case toolFingerprints = "fingerprints"
        /// The tool's `partialFingerprints`, with the rule and the file.
        case partialFingerprints = "partial_fingerprints"
        /// The rule, the file and the flagged code (or message), which survive a line shift.
        case content
    }

    /// The identity across ingests of the same scope (hex SHA-256).
    public var fingerprint: String
    /// How ``fingerprint`` was made.
    public var identity: IdentitySource
    /// The reporting tool, as the file names it.
    public var tool: String
    /// The tool's rule id.
    public var ruleID: String
    /// The tool's message, with long secret-like tokens masked.
    public var message: String
    /// The severity, from the score, the tool's severity or the SARIF level.
    public var severity: Severity
    /// The target it was found in (a repository, an image), when the report has several.
    public var target: String?
    /// The file, relative to the scanned tree or target.
    public var path: String
    /// 1-based first line, when the tool gave one.
    public var line: Int?
    /// 1-based last line.
    public var endLine: Int?
    /// 1-based column of the first line.
    public var column: Int?
    /// The first line of the flagged code with string literals and secret-like tokens masked.
    public var preview: String
    /// Keyed hash of the normalized snippet (empty without one).
    public var snippetHash: String
    /// The rule's and result's tags (`external/cwe/cwe-78`, `security`).
    public var tags: [String]

    /// Creates a finding.
    public init(
        fingerprint: String,
        identity: IdentitySource,
        tool: String,
        ruleID: String,
        message: String,
        severity: Severity,
        target: String? = nil,
        path: String,
        line: Int?,
        endLine: Int?,
        column: Int?,
        preview: String,
        snippetHash: String,
        tags: [String]
    ) {
        self.fingerprint = fingerprint
        self.identity = identity
        self.tool = tool
        self.ruleID = ruleID
        self.message = message
        self.severity = severity
        self.target = target
        self.path = path
        self.line = line
        self.endLine = endLine
        self.column = column
        self.preview = preview
        self.snippetHash = snippetHash
        self.tags = tags
    }
}

/// The findings of one tool run in an ingested file (a SARIF file may hold several).
public struct IngestedRun: Sendable, Hashable {
    /// The tool's name, from the file.
    public var tool: String
    /// The tool's version, when the file gives one.
    public var toolVersion: String?
    /// Its findings, in the file's order.
    public var findings: [IngestedFinding]

    /// Creates a run.
    public init(tool: String, toolVersion: String?, findings: [IngestedFinding]) {
        self.tool = tool
        self.toolVersion = toolVersion
        self.findings = findings
    }
}
