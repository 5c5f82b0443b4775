public import Foundation
public import ScanCore

/// Records and values shared by tests.
public enum Fixtures {
    /// A fixed instant, so stored timestamps are predictable.
    public static let epoch = Date(timeIntervalSince1970: 1_800_000_000)

    /// Saves a filesystem source and a definition over it.
    @discardableResult
    public static func definition(
        in store: any ScanStore,
        name: String = "docs",
        tenant: TenantID = Tenant.defaultID,
        priority: Int = 0
    ) async throws -> ScanDefinition {
        let source = DataSource(
            tenantID: tenant,
            name: name,
            kind: .filesystem,
            location: "/srv/\(name)",
            createdAt: epoch
        )
        try await store.save(source)
        let definition = ScanDefinition(
            tenantID: tenant,
            name: name,
            sourceID: source.id,
            priority: priority,
            createdAt: epoch
        )
        try await store.save(definition)
        return definition
    }

    /// A text object at `path`.
    public static func object(_ path: String, size: Int64 = 10) -> ObjectRef {
        ObjectRef(path: path, kind: .file, size: size)
    }

    /// A detection of `ruleID` with a value hash derived from `value`.
    public static func detection(
        _ ruleID: String,
        path: String,
        value: String,
        line: Int = 1,
        severity: Severity = .high
    )
        -> Detection
    {
        Detection(
            fingerprint: Fingerprint.make(
                ruleID: ruleID,
                assetPath: path,
                locationKey: "occurrence:0",
                valueHash: value
            ),
            ruleID: ruleID,
            category: .credential,
            severity: severity,
            assetPath: path,
            line: line,
            column: 1,
            valueHash: value,
            preview: "****",
            confidence: 0.9
        )
    }
}
