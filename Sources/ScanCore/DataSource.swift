public import Foundation

/// A registered place to scan: a file tree or a database.
///
/// Credentials are never stored: ``credentialEnv`` names the environment variable
/// that holds the password or token, and the connector reads it when it connects.
public struct DataSource: Sendable, Codable, Hashable {
    /// The stable identifier.
    public var id: Identifier<DataSource>
    /// The owning tenant.
    public var tenantID: TenantID
    /// A human-readable name, unique per tenant.
    public var name: String
    /// Which connector handles it.
    public var kind: SourceKind
    /// A path or a URL without password (`/data`, `sqlite:/x.db`, `postgres://u@h/db`).
    public var location: String
    /// Connector options such as `max_file_size` or `sample_rows`.
    public var options: [String: String]
    /// The environment variable holding the credential, if any.
    public var credentialEnv: String?
    /// When it was registered.
    public var createdAt: Date
    /// Labels that worker roles select sources by (`--labels eu,prod`).
    public var labels: [String]
    /// The most jobs that touch the source (enumerations and scans, so connections or
    /// requests) running at once across every worker; `nil` for no cap.
    public var maxConcurrency: Int?
    /// Where its enumerations and scans run: on the server's workers or on agents.
    public var runsOn: SourcePlacement

    /// Creates a data source.
    public init(
        id: Identifier<DataSource> = .random(),
        tenantID: TenantID = Tenant.defaultID,
        name: String,
        kind: SourceKind,
        location: String,
        options: [String: String] = [:],
        credentialEnv: String? = nil,
        createdAt: Date,
        labels: [String] = [],
        maxConcurrency: Int? = nil,
        runsOn: SourcePlacement = .server
    ) {
        self.id = id
        self.tenantID = tenantID
        self.name = name
        self.kind = kind
        self.location = location
        self.options = options
        self.credentialEnv = credentialEnv
        self.createdAt = createdAt
        self.labels = labels
        self.maxConcurrency = maxConcurrency
        self.runsOn = runsOn
    }
}
