import Foundation

/// A typed identifier, so a run id can never be passed where a source id is expected.
///
/// The phantom `Entity` parameter only tags the value; the raw value is a string
/// (a UUID for records created here, or a stable name for built-in records).
public struct Identifier<Entity>: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The identifier as stored in the database and shown in the API.
    public let rawValue: String

    /// Wraps an existing raw value.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// Creates a fresh random identifier.
    public static func random() -> Self {
        Self(UUID().uuidString.lowercased())
    }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }
}

/// The tenant that owns every record; one default tenant exists until multi-tenancy lands.
public typealias TenantID = Identifier<Tenant>

/// Namespace for tenant-level constants.
public enum Tenant {
    /// The tenant used by the embedded single-user mode.
    public static let defaultID = TenantID("default")
}
