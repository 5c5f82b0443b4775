public import Foundation

/// A data source as the API returns it; only `id` and `name` are required.
public struct RemoteSource: Decodable, Sendable, Hashable {
    /// The source id.
    public var id: String
    /// Its name.
    public var name: String
    /// `filesystem`, `sqlite` or `postgres`.
    public var kind: String
    /// Its path or URL (never with a password).
    public var location: String
    /// Connector options.
    public var options: [String: String]
    /// The environment variable the server reads the credential from.
    public var credentialEnv: String?
    /// When it was registered.
    public var createdAt: Date?
    /// The labels worker roles select it by; empty for none (or from a server without labels).
    public var labels: [String]
    /// The most jobs touching it that run at once across every worker; `nil` for no cap.
    public var maxConcurrency: Int?
    /// Where its scans run: `server` or `agent` (`server` from a server without agents).
    public var runsOn: String

    enum CodingKeys: String, CodingKey {
        case id, name, kind, location, options, labels
        case credentialEnv = "credential_env"
        case createdAt = "created_at"
        case maxConcurrency = "max_concurrency"
        case runsOn = "runs_on"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        kind = container.lenient(.kind) ?? "?"
        location = container.lenient(.location) ?? ""
        options = container.lenient(.options) ?? [:]
        credentialEnv = container.lenient(.credentialEnv)
        createdAt = container.lenient(.createdAt)
        labels = container.lenient(.labels) ?? []
        maxConcurrency = container.lenient(.maxConcurrency)
        runsOn = container.lenient(.runsOn) ?? "server"
    }
}

/// The result of `POST /sources/{id}/test`.
public struct SourceTestResult: Decodable, Sendable, Hashable {
    /// Whether the source answered.
    public var ok: Bool
    /// Why it did not.
    public var error: String?
    /// A stable error code such as `connectionFailed`.
    public var code: String?
    /// How long the check took.
    public var latencyMilliseconds: Double?
    /// When it ran.
    public var checkedAt: Date?

    enum CodingKeys: String, CodingKey {
        case ok, error, code
        case latencyMilliseconds = "latency_ms"
        case checkedAt = "checked_at"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        ok = try container.decode(Bool.self, forKey: .ok)
        error = container.lenient(.error)
        code = container.lenient(.code)
        latencyMilliseconds = container.lenient(.latencyMilliseconds)
        checkedAt = container.lenient(.checkedAt)
    }
}
