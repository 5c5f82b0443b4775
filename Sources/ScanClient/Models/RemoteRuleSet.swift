public import Foundation

/// A stored rule set as the API returns it; only `id` and `name` are required.
public struct RemoteRuleSet: Decodable, Sendable, Hashable {
    /// The rule set id.
    public var id: String
    /// Its name.
    public var name: String
    /// What it is for.
    public var description: String
    /// The newest version number.
    public var latestVersion: Int?
    /// The latest document, when the server includes it.
    public var document: String?
    /// When its latest version was added.
    public var updatedAt: Date?

    enum CodingKeys: String, CodingKey {
        case id, name, description, document
        case latestVersion = "latest_version"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        description = container.lenient(.description) ?? ""
        latestVersion = container.lenient(.latestVersion)
        document = container.lenient(.document)
        updatedAt = container.lenient(.updatedAt)
    }
}

/// One version of a stored rule set.
public struct RemoteRuleSetVersion: Decodable, Sendable, Hashable {
    /// The version number.
    public var version: Int
    /// The YAML document.
    public var document: String?
    /// Who added it.
    public var createdBy: String?
    /// When.
    public var createdAt: Date?

    enum CodingKeys: String, CodingKey {
        case version, document
        case createdBy = "created_by"
        case createdAt = "created_at"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(Int.self, forKey: .version)
        document = container.lenient(.document)
        createdBy = container.lenient(.createdBy)
        createdAt = container.lenient(.createdAt)
    }
}
