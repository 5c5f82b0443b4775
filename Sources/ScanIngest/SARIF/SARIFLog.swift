/// The parts of a SARIF 2.1.0 log that ingest reads (OASIS SARIF 2.1.0, §3.13 onwards).
///
/// Unknown members are ignored, and every member the specification makes optional is
/// optional here, so logs from any conforming tool decode.
struct SARIFLog: Decodable {
    var version: String
    var runs: [SARIFRun]
}

/// One run of one tool (§3.14).
struct SARIFRun: Decodable {
    var tool: SARIFTool
    var results: [SARIFResult]?
}

/// §3.18: the driver is the tool's primary component.
struct SARIFTool: Decodable {
    var driver: SARIFDriver
}

/// §3.19.
struct SARIFDriver: Decodable {
    var name: String
    var version: String?
    var semanticVersion: String?
    var rules: [SARIFRule]?
}

/// A rule's metadata (§3.49, `reportingDescriptor`).
struct SARIFRule: Decodable {
    var id: String
    var name: String?
    var shortDescription: SARIFMessage?
    var defaultConfiguration: SARIFConfiguration?
    var properties: SARIFProperties?
}

/// §3.50.
struct SARIFConfiguration: Decodable {
    var level: String?
}

/// §3.27.
struct SARIFResult: Decodable {
    var ruleId: String?
    var ruleIndex: Int?
    var rule: SARIFRuleReference?
    var level: String?
    var message: SARIFMessage
    var locations: [SARIFLocation]?
    var fingerprints: [String: String]?
    var partialFingerprints: [String: String]?
    var properties: SARIFProperties?
}

/// §3.52 (`reportingDescriptorReference`): another way to name the rule.
struct SARIFRuleReference: Decodable {
    var id: String?
    var index: Int?
}

/// §3.11; only the plain text is kept.
struct SARIFMessage: Decodable {
    var text: String?
}

/// §3.28.
struct SARIFLocation: Decodable {
    var physicalLocation: SARIFPhysicalLocation?
}

/// §3.29.
struct SARIFPhysicalLocation: Decodable {
    var artifactLocation: SARIFArtifactLocation?
    var region: SARIFRegion?
}

/// §3.4.
struct SARIFArtifactLocation: Decodable {
    var uri: String?
}

/// §3.30.
struct SARIFRegion: Decodable {
    var startLine: Int?
    var startColumn: Int?
    var endLine: Int?
    var snippet: SARIFArtifactContent?
}

/// §3.3.
struct SARIFArtifactContent: Decodable {
    var text: String?
}

/// The property bags (§3.8) ingest reads: GitHub's `security-severity` (a CVSS-like score
/// as a string), tags, and the severity some tools put there (Bandit's `issue_severity`).
struct SARIFProperties: Decodable {
    var securitySeverity: String?
    var tags: [String]?
    var issueSeverity: String?

    enum CodingKeys: String, CodingKey {
        case securitySeverity = "security-severity"
        case tags
        case issueSeverity = "issue_severity"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        // Tools write these loosely (a number where a string is expected); a property
        // that does not decode is treated as absent rather than failing the whole log.
        if let text = try? container.decodeIfPresent(String.self, forKey: .securitySeverity) {
            securitySeverity = text
        } else if let score = try? container.decodeIfPresent(Double.self, forKey: .securitySeverity) {
            securitySeverity = String(score)
        } else {
            securitySeverity = nil
        }
        tags = try? container.decodeIfPresent([String].self, forKey: .tags)
        issueSeverity = try? container.decodeIfPresent(String.self, forKey: .issueSeverity)
    }
}
