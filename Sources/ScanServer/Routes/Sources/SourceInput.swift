import Foundation
import ScanCore

/// The body of `POST /sources` and `PATCH /sources/{id}`; on PATCH every field is optional.
struct SourceInput: APIInput {
    enum Fields: String, CodingKey, CaseIterable {
        case name, kind, location, options, labels
        case credentialEnv = "credential_env"
        case maxConcurrency = "max_concurrency"
        case runsOn = "runs_on"
    }

    var name: String?
    var kind: SourceKind?
    var location: String?
    var options: [String: String]?
    var credentialEnv: String?
    var labels: [String]?
    /// `max_concurrency` as sent: `nil` when absent, `.some(nil)` for `null` (no cap).
    var maxConcurrency: Int??
    /// `runs_on` as sent, checked against ``SourcePlacement`` when applied so a bad value
    /// is refused with the values allowed.
    var runsOn: String?

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Fields.self)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        kind = try container.decodeIfPresent(SourceKind.self, forKey: .kind)
        location = try container.decodeIfPresent(String.self, forKey: .location)
        options = try container.decodeIfPresent([String: String].self, forKey: .options)
        credentialEnv = try container.decodeIfPresent(String.self, forKey: .credentialEnv)
        labels = try container.decodeIfPresent([String].self, forKey: .labels)
        if container.contains(.maxConcurrency) {
            maxConcurrency = .some(try container.decodeIfPresent(Int.self, forKey: .maxConcurrency))
        }
        runsOn = try container.decodeIfPresent(String.self, forKey: .runsOn)
    }

    /// A new source from a complete body.
    func makeSource(tenant: TenantID, at now: Date) throws -> DataSource {
        guard let name else { throw APIProblem.invalid("name", "field 'name' is required") }
        guard let kind else { throw APIProblem.invalid("kind", "field 'kind' is required") }
        guard let location else { throw APIProblem.invalid("location", "field 'location' is required") }
        var source = DataSource(tenantID: tenant, name: name, kind: kind, location: location, createdAt: now)
        source.options = options ?? [:]
        source.credentialEnv = credentialEnv
        source.labels = try LabelRule.normalize(labels ?? [])
        source.maxConcurrency = maxConcurrency ?? nil
        source.runsOn = try runsOn.map(Self.placement) ?? .server
        try Self.validate(source)
        return source
    }

    /// `source` with the fields present in the body replaced.
    func apply(to source: DataSource) throws -> DataSource {
        var updated = source
        if let name { updated.name = name }
        if let kind { updated.kind = kind }
        if let location { updated.location = location }
        if let options { updated.options = options }
        if let credentialEnv { updated.credentialEnv = credentialEnv.isEmpty ? nil : credentialEnv }
        if let labels { updated.labels = try LabelRule.normalize(labels) }
        if let maxConcurrency { updated.maxConcurrency = maxConcurrency }
        if let runsOn { updated.runsOn = try Self.placement(runsOn) }
        try Self.validate(updated)
        return updated
    }

    static func validate(_ source: DataSource) throws {
        try NameRule.check(source.name, field: "name")
        try validateLocation(source)
        if let variable = source.credentialEnv, !isEnvironmentName(variable) {
            throw APIProblem.invalid("credential_env", "field 'credential_env' must be an environment variable name")
        }
        try ConcurrencyRule.check(source.maxConcurrency, field: "max_concurrency")
    }

    /// Where the source's enumerations and scans run.
    /// - Throws: 422 naming `runs_on` for a value other than `server` or `agent`.
    static func placement(_ text: String) throws -> SourcePlacement {
        guard let placement = SourcePlacement(rawValue: text) else {
            let allowed = SourcePlacement.allCases.map(\.rawValue).joined(separator: ", ")
            throw APIProblem.invalid("runs_on", "field 'runs_on' must be one of \(allowed)")
        }
        return placement
    }

    private static func validateLocation(_ source: DataSource) throws {
        let location = source.location
        guard !location.isEmpty, location.count <= 2048 else {
            throw APIProblem.invalid("location", "field 'location' must be 1 to 2048 characters")
        }
        switch source.kind {
        case .filesystem:
            guard location.hasPrefix("/") else {
                throw APIProblem.invalid("location", "a filesystem location must be an absolute path")
            }
        case .sqlite:
            guard location.hasPrefix("/") || location.hasPrefix("sqlite:") else {
                throw APIProblem.invalid("location", "a sqlite location must be a path or sqlite: URL")
            }
        case .postgres:
            guard let url = URLComponents(string: location), url.scheme == "postgres" || url.scheme == "postgresql"
            else {
                throw APIProblem.invalid("location", "a postgres location must be a postgres:// URL")
            }
            // A password in the URL would be stored and echoed; credentials come from the
            // environment variable named by credential_env instead.
            guard url.password == nil else {
                throw APIProblem.invalid("location", "the URL must not contain a password; use credential_env")
            }
        }
    }

    private static func isEnvironmentName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, text.count <= 128 else { return false }
        let isStart = first == "_" || ("A"..."Z").contains(first) || ("a"..."z").contains(first)
        return isStart && text.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isASCIIHexDigit || $0.isAlnum }
    }
}

extension Unicode.Scalar {
    fileprivate var isAlnum: Bool {
        ("A"..."Z").contains(self) || ("a"..."z").contains(self) || ("0"..."9").contains(self)
    }
}

/// Names of sources, definitions, rule sets and tokens.
enum NameRule {
    static func check(_ name: String, field: String) throws {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed == name, name.count <= 100 else {
            throw APIProblem.invalid(field, "field '\(field)' must be 1 to 100 characters without surrounding spaces")
        }
    }
}

/// Source labels, which worker roles select sources by: at most 32, each 1 to 64 characters
/// of `a-z`, `0-9`, `.`, `_` and `-`.
enum LabelRule {
    static let maxCount = 32
    static let maxLength = 64

    /// `labels` without repeats, in the order sent.
    /// - Throws: 422 naming `labels` for too many, or `labels[i]` for a malformed one.
    static func normalize(_ labels: [String]) throws -> [String] {
        var seen: Set<String> = []
        var kept: [String] = []
        for (index, label) in labels.enumerated() {
            guard isLabel(label) else {
                let field = "labels[\(index)]"
                throw APIProblem.invalid(
                    field,
                    "field '\(field)' must be 1 to \(maxLength) characters of a-z, 0-9, '.', '_' and '-'"
                )
            }
            if seen.insert(label).inserted { kept.append(label) }
        }
        guard kept.count <= maxCount else {
            throw APIProblem.invalid("labels", "field 'labels' may hold at most \(maxCount) labels")
        }
        return kept
    }

    static func isLabel(_ text: String) -> Bool {
        guard !text.isEmpty, text.unicodeScalars.count <= maxLength else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "." || scalar == "_"
                || scalar == "-"
        }
    }
}

/// Concurrency caps of sources and tenants: `nil` for none, else 1 to ``maxLimit``.
enum ConcurrencyRule {
    static let maxLimit = 10_000

    static func check(_ limit: Int?, field: String) throws {
        guard let limit else { return }
        guard (1...maxLimit).contains(limit) else { throw problem(field) }
    }

    private static func problem(_ field: String) -> APIProblem {
        .invalid(field, "field '\(field)' must be an integer from 1 to \(maxLimit), or null")
    }
}
