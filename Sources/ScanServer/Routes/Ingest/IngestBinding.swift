import Foundation
import Hummingbird
import ScanCore
import ScanIngest

/// Where an ingest request's report goes, from its query: `scan=<id or name>` binds it to a
/// definition; `source=<id or name>&asset=<path>` binds it to one asset of a source.
///
/// An asset-bound report goes to the source's ingest definition (`ingest:<source>`, made on
/// first use) and can only fix findings under the asset's path.
struct IngestBinding {
    let store: any ControlPlaneStore
    let tenant: TenantID
    let now: Date

    /// The report's destination; `nil` only when `creating` is false and the source's
    /// ingest definition does not exist yet (a check then knows no fingerprint).
    func destination(_ parameters: QueryParameters, creating: Bool = true) async throws -> IngestDestination? {
        let scan = parameters.string("scan")
        let source = parameters.string("source")
        let asset = parameters.string("asset")
        switch (scan, source, asset) {
        case (let scan?, nil, nil):
            let definition = try await definition(scan)
            return IngestDestination(tenantID: tenant, definitionID: definition.id)
        case (nil, let source?, let asset?):
            return try await assetDestination(source: source, path: asset, creating: creating)
        default:
            throw APIProblem.badRequest(
                "bind the report with 'scan=<id or name>', or with 'source=<id or name>' and 'asset=<path>'",
                field: scan == nil && source == nil ? "scan" : (asset == nil ? "asset" : "source")
            )
        }
    }

    /// The definition with this id, else with this name.
    func definition(_ key: String) async throws -> ScanDefinition {
        if let found = try await store.definition(Identifier(key), tenant: tenant) { return found }
        if let found = try await store.definition(named: key, tenant: tenant) { return found }
        throw APIProblem.notFound("scan '\(key)'")
    }

    private func assetDestination(
        source key: String,
        path: String,
        creating: Bool
    ) async throws -> IngestDestination? {
        let source = try await source(key)
        let assetPath = Self.trimmed(path)
        guard try await store.asset(source: source.id, tenant: tenant, path: assetPath) != nil else {
            throw APIProblem.notFound("asset '\(assetPath)' in source '\(source.name)'")
        }
        guard let definition = try await ingestDefinition(of: source, creating: creating) else { return nil }
        return IngestDestination(tenantID: tenant, definitionID: definition.id, assetPath: assetPath)
    }

    private func source(_ key: String) async throws -> DataSource {
        if let found = try await store.source(Identifier(key), tenant: tenant) { return found }
        if let found = try await store.source(named: key, tenant: tenant) { return found }
        throw APIProblem.notFound("source '\(key)'")
    }

    /// The definition that holds a source's asset-bound reports, made on first use.
    private func ingestDefinition(of source: DataSource, creating: Bool) async throws -> ScanDefinition? {
        let name = "ingest:\(source.name)"
        if let existing = try await store.definition(named: name, tenant: tenant) {
            guard existing.sourceID == source.id else {
                throw APIProblem(
                    status: .conflict,
                    title: "Conflict",
                    detail: "scan '\(name)' exists on another source; rename it to ingest into '\(source.name)'"
                )
            }
            return existing
        }
        guard creating else { return nil }
        let definition = ScanDefinition(tenantID: tenant, name: name, sourceID: source.id, createdAt: now)
        do {
            try await store.save(definition)
            return definition
        } catch let error as ScanError where error.code == .duplicate {
            // Another request made it first.
            return try await self.definition(name)
        }
    }

    private static func trimmed(_ path: String) -> String {
        var text = Substring(path)
        while text.hasPrefix("/") { text = text.dropFirst() }
        while text.hasSuffix("/") { text = text.dropLast() }
        return String(text)
    }
}
