public import Foundation

/// A named, versioned rule set document (YAML) stored in the control plane.
///
/// Each change adds a version; definitions that use the rule set follow its latest version.
public struct RuleSetRecord: Sendable, Codable, Hashable {
    /// The stable identifier.
    public var id: Identifier<RuleSetRecord>
    /// The owning tenant.
    public var tenantID: TenantID
    /// A name unique per tenant.
    public var name: String
    /// What it is for.
    public var description: String
    /// The newest version number (versions start at 1).
    public var latestVersion: Int
    /// When it was created.
    public var createdAt: Date
    /// When its latest version was added.
    public var updatedAt: Date

    /// Creates a record.
    public init(
        id: Identifier<RuleSetRecord> = .random(),
        tenantID: TenantID,
        name: String,
        description: String = "",
        latestVersion: Int = 0,
        createdAt: Date,
        updatedAt: Date
    ) {
        self.id = id
        self.tenantID = tenantID
        self.name = name
        self.description = description
        self.latestVersion = latestVersion
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// One immutable version of a rule set document.
public struct RuleSetVersion: Sendable, Codable, Hashable {
    /// The rule set.
    public var ruleSetID: Identifier<RuleSetRecord>
    /// The version number.
    public var version: Int
    /// The YAML document.
    public var document: String
    /// Who added it.
    public var createdBy: String
    /// When.
    public var createdAt: Date

    /// Creates a version.
    public init(
        ruleSetID: Identifier<RuleSetRecord>,
        version: Int,
        document: String,
        createdBy: String,
        createdAt: Date
    ) {
        self.ruleSetID = ruleSetID
        self.version = version
        self.document = document
        self.createdBy = createdBy
        self.createdAt = createdAt
    }
}
