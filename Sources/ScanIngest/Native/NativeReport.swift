/// ScanLogic's own ingest format, version 1 (documented in `docs/INGEST.md`): for tools
/// without SARIF output, and for scripts.
struct NativeReport: Decodable {
    var version: String
    var tool: NativeTool
    var targets: [NativeTarget]?
    var findings: [NativeFinding]
    var dependencies: [NativeDependency]?
}

struct NativeTool: Decodable {
    var name: String
    var version: String?
}

/// What was scanned: a repository, an image, a host.
struct NativeTarget: Decodable {
    var type: String
    var identifier: String
    var name: String?
}

struct NativeFinding: Decodable {
    var ruleID: String
    var message: String
    var severity: String?
    var cvssScore: Double?
    var path: String?
    var startLine: Int?
    var endLine: Int?
    var column: Int?
    var snippet: String?
    var fingerprint: String?
    var cweIDs: [String]?
    var cveID: String?
    var target: String?

    enum CodingKeys: String, CodingKey {
        case ruleID = "rule_id"
        case message, severity
        case cvssScore = "cvss_score"
        case path
        case startLine = "start_line"
        case endLine = "end_line"
        case column, snippet, fingerprint
        case cweIDs = "cwe_ids"
        case cveID = "cve_id"
        case target
    }
}

struct NativeDependency: Decodable {
    var name: String
    var version: String?
    var ecosystem: String?
    var purl: String?
    var target: String?
}
