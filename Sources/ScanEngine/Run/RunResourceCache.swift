public import ScanCore

/// Opens a run's resources once and shares them between the jobs of that run.
///
/// Connectors hold connection pools, and compiling a rule set costs milliseconds, so both
/// are made once per run per worker rather than once per job, except the connector of a
/// source with a ``ScanCore/DataSource/maxConcurrency`` cap (see ``withConnector(for:_:)``).
/// A run's resources are closed once no job has used them for the idle timeout.
public actor RunResourceCache {
    /// Builds the connector for a source with the rule set's sampling.
    public typealias ConnectorFactory = @Sendable (DataSource, SamplingOptions) async throws -> any Connector
    /// Compiles a rule set document (`nil` for the built-in default).
    public typealias RuleCompiler = @Sendable (String?) throws -> RuleProfile

    /// One run's resources, with the jobs using them now and when the last one let go.
    private struct Entry {
        let id: Int
        let task: Task<RunResources, any Error>
        var inUse = 0
        var lastUsed: ContinuousClock.Instant
    }

    private let store: any JobStore
    private let makeConnector: ConnectorFactory
    private let compileRules: RuleCompiler
    private let idleTimeout: Duration
    private var entries: [Identifier<ScanRun>: Entry] = [:]
    private var opened = 0
    private var lastSweep = ContinuousClock.now

    /// Creates a cache.
    /// - Parameter idleTimeout: How long a run's resources stay open with no job using them;
    ///   a worker or agent lives through many runs, and each run's connector holds a pool.
    public init(
        store: any JobStore,
        makeConnector: @escaping ConnectorFactory,
        compileRules: @escaping RuleCompiler,
        idleTimeout: Duration = .seconds(300)
    ) {
        self.store = store
        self.makeConnector = makeConnector
        self.compileRules = compileRules
        self.idleTimeout = idleTimeout
    }

    /// Runs `body` with the resources of `run`, opened on first use and kept open while any
    /// job uses them; resources no job used for ``idleTimeout`` are closed.
    /// - Throws: `.notFound` for an unknown run, definition or source, the connector's error,
    ///   or `body`'s.
    public nonisolated func withRun<T: Sendable>(
        _ run: Identifier<ScanRun>,
        tenant: TenantID,
        _ body: (RunResources) async throws -> T
    ) async throws -> T {
        let resources = try await checkOut(run, tenant: tenant)
        do {
            let value = try await body(resources)
            await checkIn(run)
            return value
        } catch {
            await checkIn(run)
            throw error
        }
    }

    /// The resources of `run`, counted as in use until ``checkIn(_:)``.
    private func checkOut(_ run: Identifier<ScanRun>, tenant: TenantID) async throws -> RunResources {
        closeIdle()
        if entries[run] == nil {
            opened += 1
            let task = Task { [store, makeConnector, compileRules] in
                try await Self.open(run: run, tenant: tenant, store: store, makeConnector, compileRules)
            }
            entries[run] = Entry(id: opened, task: task, lastUsed: .now)
        }
        entries[run]?.inUse += 1
        guard let entry = entries[run] else { preconditionFailure("the entry was just stored") }
        do {
            return try await entry.task.value
        } catch {
            checkIn(run)
            // A failed open is not kept: the next attempt of the job tries again.
            if entries[run]?.id == entry.id { entries[run] = nil }
            throw error
        }
    }

    private func checkIn(_ run: Identifier<ScanRun>) {
        entries[run]?.inUse -= 1
        entries[run]?.lastUsed = .now
    }

    /// Closes the connectors of runs no job used for ``idleTimeout``, at most twice per
    /// timeout: finished runs would otherwise keep their pools for the life of the process.
    private func closeIdle() {
        let now = ContinuousClock.now
        guard now - lastSweep >= idleTimeout / 2 else { return }
        lastSweep = now
        let idle = entries.filter { $0.value.inUse == 0 && now - $0.value.lastUsed >= idleTimeout }
        for (run, entry) in idle {
            entries[run] = nil
            Task { await (try? await entry.task.value)?.connector?.close() }
        }
    }

    /// How many runs have resources open (or opening) now.
    public var openRuns: Int { entries.count }

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
        let tasks = entries.values.map(\.task)
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
