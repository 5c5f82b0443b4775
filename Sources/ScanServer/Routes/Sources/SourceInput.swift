import Foundation
import ScanCore

/// The body of `POST /sources` and `PATCH /sources/{id}`; on PATCH every field is optional.
struct SourceInput: APIInput {
    enum Fields: String, CodingKey, CaseIterable {
        case name, kind, location, options
        case credentialEnv = "credential_env"
    }

    var name: String?
    var kind: SourceKind?
    var location: String?
    var options: [String: String]?
    var credentialEnv: String?

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Fields.self)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        kind = try container.decodeIfPresent(SourceKind.self, forKey: .kind)
        location = try container.decodeIfPresent(String.self, forKey: .location)
        options = try container.decodeIfPresent([String: String].self, forKey: .options)
        credentialEnv = try container.decodeIfPresent(String.self, forKey: .credentialEnv)
    }

    /// A new source from a complete body.
    func makeSource(tenant: TenantID, at now: Date) throws -> DataSource {
        guard let name else { throw APIProblem.invalid("name", "field 'name' is required") }
        guard let kind else { throw APIProblem.invalid("kind", "field 'kind' is required") }
        guard let location else { throw APIProblem.invalid("location", "field 'location' is required") }
        var source = DataSource(tenantID: tenant, name: name, kind: kind, location: location, createdAt: now)
        source.options = options ?? [:]
        source.credentialEnv = credentialEnv
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
        try Self.validate(updated)
        return updated
    }

    static func validate(_ source: DataSource) throws {
        try NameRule.check(source.name, field: "name")
        try validateLocation(source)
        if let variable = source.credentialEnv, !isEnvironmentName(variable) {
            throw APIProblem.invalid("credential_env", "field 'credential_env' must be an environment variable name")
        }
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
