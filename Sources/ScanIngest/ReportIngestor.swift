public import Foundation
public import ScanCore

/// Where an ingested report's findings belong: a definition, and for an asset-bound
/// ingest the asset's path, which limits what the report can fix.
public struct IngestDestination: Sendable, Hashable {
    /// The owning tenant.
    public var tenantID: TenantID
    /// The definition whose findings the report updates.
    public var definitionID: Identifier<ScanDefinition>
    /// The asset the report covers; `nil` for the whole definition.
    public var assetPath: String?

    /// Creates a destination.
    public init(tenantID: TenantID, definitionID: Identifier<ScanDefinition>, assetPath: String? = nil) {
        self.tenantID = tenantID
        self.definitionID = definitionID
        self.assetPath = assetPath
    }
}

/// Reads a report and stores it: one run per tool, all in one transaction.
///
/// The API, agents and external-tool scans all come through here, so a report is read,
/// bounded and deduplicated the same way whoever sends it.
public struct ReportIngestor: Sendable {
    /// Where the runs and findings go.
    public let store: any ScanStore
    /// Keys the snippet and content hashes.
    public let hasher: ValueHasher
    /// The size and result limits.
    public var limits: IngestLimits

    /// Creates an ingestor.
    public init(store: any ScanStore, hasher: ValueHasher, limits: IngestLimits = IngestLimits()) {
        self.store = store
        self.hasher = hasher
        self.limits = limits
    }

    /// Stores a SARIF 2.1.0 log: the runs of one tool are one report of that tool.
    /// - Throws: `.tooLarge` over the limits, `.invalidInput` naming the bad member,
    ///   `.notFound` for a definition not in the tenant.
    public func ingestSARIF(
        _ data: Data,
        into destination: IngestDestination,
        root: String? = nil,
        at now: Date
    ) async throws -> [ScanRun] {
        try await store.ingest(reader.batches(data, format: .sarif, into: destination, root: root, at: now))
    }

    /// Stores a native report (version 1) with its dependencies.
    /// - Throws: as ``ingestSARIF(_:into:root:at:)``.
    public func ingestNative(
        _ data: Data,
        into destination: IngestDestination,
        root: String? = nil,
        at now: Date
    ) async throws -> [ScanRun] {
        try await store.ingest(reader.batches(data, format: .native, into: destination, root: root, at: now))
    }

    /// Reads reports the way this ingestor stores them.
    public var reader: ReportReader { ReportReader(hasher: hasher, limits: limits) }
}
