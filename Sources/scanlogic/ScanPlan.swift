import Foundation
import ScanConnectors
import ScanCore

/// Turns a command-line target into a registered source and scan definition.
///
/// The same target always maps to the same source and definition names, so scanning it
/// again compares with earlier runs and resumes an interrupted one.
struct ScanPlan {
    let kind: SourceKind
    let location: String
    let credentialEnv: String?
    let scope: ScopeFilter

    init(target: String, credentialEnv: String?, include: [String], exclude: [String]) throws {
        // A password typed into the URL would end up in shell history and the store's
        // location; refuse it rather than silently dropping or keeping it.
        if ConnectorFactory.inlinePassword(in: target) != nil {
            throw ScanError(
                .invalidInput,
                "the target URL contains a password; remove it, put it in an environment variable "
                    + "and name that variable with --credential-env (passwords are never stored)"
            )
        }
        let parsed = try ConnectorFactory.parseTarget(target)
        let path = try Self.normalize(parsed.location, kind: parsed.kind)
        self.kind = parsed.kind
        self.credentialEnv = credentialEnv
        if parsed.kind == .filesystem, Self.isRegularFile(path) {
            // One file: walk its folder, keeping only that top-level name.
            self.location = (path as NSString).deletingLastPathComponent
            self.scope = ScopeFilter(
                include: [(path as NSString).lastPathComponent],
                exclude: exclude + ["*/**"]
            )
            self.displayName = "\(parsed.kind.rawValue):\(path)"
        } else {
            self.location = path
            self.scope = ScopeFilter(include: include, exclude: exclude)
            self.displayName = "\(parsed.kind.rawValue):\(path)"
        }
    }

    private static func isRegularFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// The name of the source and definition: the kind and the target as given, resolved.
    let displayName: String

    /// Saves the source and definition (creating or updating them) and returns the definition.
    func register(in store: any ScanStore, ruleSet: String?) async throws -> ScanDefinition {
        let tenant = Tenant.defaultID
        var source =
            try await store.source(named: displayName, tenant: tenant)
            ?? DataSource(name: displayName, kind: kind, location: location, createdAt: Date())
        source.kind = kind
        source.location = location
        source.credentialEnv = credentialEnv ?? source.credentialEnv
        try await store.save(source)
        var definition =
            try await store.definition(named: displayName, tenant: tenant)
            ?? ScanDefinition(name: displayName, sourceID: source.id, createdAt: Date())
        definition.scope = scope
        definition.ruleSet = ruleSet
        try await store.save(definition)
        return definition
    }

    /// File targets become absolute, existing paths; a missing one is an error here, before
    /// any run starts.
    private static func normalize(_ location: String, kind: SourceKind) throws -> String {
        guard kind != .postgres else { return location }
        let absolute = URL(fileURLWithPath: location).standardizedFileURL.path
        guard FileManager.default.fileExists(atPath: absolute) else {
            throw ScanError(.notFound, "no such file or directory: \(absolute)")
        }
        return absolute
    }
}
