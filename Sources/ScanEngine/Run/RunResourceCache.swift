public import ScanCore

/// Opens a run's resources once and shares them between the jobs of that run.
///
/// Connectors hold connection pools, and compiling a rule set costs milliseconds, so both
/// are made once per run per worker rather than once per job, except the connector of a
/// source with a ``ScanCore/DataSource/maxConcurrency`` cap (see ``withConnector(for:_:)``).
public actor RunResourceCache {
    /// Builds the connector for a source with the rule set's sampling.
    public typealias ConnectorFactory = @Sendable (DataSource, SamplingOptions) async throws -> any Connector
    /// Compiles a rule set document (`nil` for the built-in default).
    public typealias RuleCompiler = @Sendable (String?) throws -> RuleProfile

    private let store: any JobStore
    private let makeConnector: ConnectorFactory
    private let compileRules: RuleCompiler
    private var entries: [Identifier<ScanRun>: Task<RunResources, any Error>] = [:]

    /// Creates a cache.
    public init(store: any JobStore, makeConnector: @escaping ConnectorFactory, compileRules: @escaping RuleCompiler) {
        self.store = store
        self.makeConnector = makeConnector
        self.compileRules = compileRules
    }

    /// The resources of `run`, opened on first use.
    /// - Throws: `.notFound` for an unknown run, definition or source, or the connector's error.
    public func resources(for run: Identifier<ScanRun>, tenant: TenantID) async throws -> RunResources {
        if let entry = entries[run] { return try await entry.value }
        let task = Task { [store, makeConnector, compileRules] in
            try await Self.open(run: run, tenant: tenant, store: store, makeConnector, compileRules)
        }
        entries[run] = task
        do {
            return try await task.value
        } catch {
            // A failed open is not cached: the next attempt of the job tries again.
            entries[run] = nil
            throw error
        }
    }

    /// Runs `body` with a connector to the run's source.
    ///
    /// A source without a cap gets the run's shared connector, which stays open. A capped
    /// source gets a connector of its own, closed before this returns: the store's claim caps
    /// the jobs of the source holding a lease, and a pooled connection left open by a finished
    /// job would still count at the source, so ten workers could hold more connections than
    /// the cap. The caller commits the job to the store only after this returns.
    /// - Throws: The connector factory's or `body`'s error.
    public nonisolated func withConnector<T: Sendable>(
        for resources: RunResources,
        _ body: (any Connector) async throws -> T
    ) async throws -> T {
        if let shared = resources.connector { return try await body(shared) }
        let connector = try await makeConnector(resources.source, resources.rules.sampling)
        do {
            let value = try await body(connector)
            await connector.close()
            return value
        } catch {
            await connector.close()
            throw error
        }
    }

    /// Closes every open connector.
    public func closeAll() async {
        let tasks = entries.values
        entries = [:]
        for task in tasks {
            if let resources = try? await task.value { await resources.connector?.close() }
        }
    }

    private static func open(
        run runID: Identifier<ScanRun>,
        tenant: TenantID,
        store: any JobStore,
        _ makeConnector: ConnectorFactory,
        _ compileRules: RuleCompiler
    ) async throws -> RunResources {
        guard let run = try await store.run(runID, tenant: tenant) else {
            throw ScanError(.notFound, "run \(runID) not found")
        }
        guard let definition = try await store.definition(run.definitionID, tenant: tenant) else {
            throw ScanError(.notFound, "scan definition \(run.definitionID) not found")
        }
        guard let source = try await store.source(definition.sourceID, tenant: tenant) else {
            throw ScanError(.notFound, "source \(definition.sourceID) not found")
        }
        let rules = try compileRules(definition.ruleSet)
        // A capped source's jobs each open their own connector.
        let connector = source.maxConcurrency == nil ? try await makeConnector(source, rules.sampling) : nil
        return RunResources(definition: definition, source: source, connector: connector, rules: rules)
    }
}
