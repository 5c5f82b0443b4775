/// A run with its definition and source: what running one of its jobs needs.
public struct RunContext: Sendable, Codable, Hashable {
    /// The run, with its cancellation request.
    public var run: ScanRun
    /// Its definition (scope, rule set, external tool).
    public var definition: ScanDefinition
    /// Its source; an agent reads its credential from its own environment.
    public var source: DataSource

    /// Creates a context.
    public init(run: ScanRun, definition: ScanDefinition, source: DataSource) {
        self.run = run
        self.definition = definition
        self.source = source
    }
}

extension JobStore {
    /// The run `id` with its definition and source, or `nil` when any of them is missing.
    public func runContext(_ id: Identifier<ScanRun>, tenant: TenantID) async throws -> RunContext? {
        guard let run = try await run(id, tenant: tenant),
            let definition = try await definition(run.definitionID, tenant: tenant),
            let source = try await source(definition.sourceID, tenant: tenant)
        else { return nil }
        return RunContext(run: run, definition: definition, source: source)
    }
}
