import Foundation
import Logging
import ScanCore
import ScanEngine
import ScanRules
import ScanStoreSQLite
import ScanTestSupport

/// A store, a source and the rules, wired the way the executable wires them.
struct PipelineHarness {
    let store: SQLiteScanStore
    let connector: any Connector
    let definition: ScanDefinition
    let rules: RuleProfile
    let hasher = ValueHasher(key: Array(repeating: 42, count: 32))

    /// A token rule with fixed text, and a digit rule with a Luhn-like check left out.
    static let classifiers = [
        Classifier(
            id: "test.token",
            name: "Test token",
            category: .credential,
            severity: .high,
            matcher: .pattern("tok_[a-z0-9]{12}")
        ),
        Classifier(
            id: "test.ticket",
            name: "Ticket number",
            category: .pii,
            severity: .low,
            matcher: .pattern("TICKET-[0-9]{6}"),
            columnNames: ["*ticket*"]
        ),
    ]

    init(
        connector: any Connector,
        store: SQLiteScanStore? = nil,
        name: String = "memory",
        classifiers: [Classifier] = Self.classifiers
    ) async throws {
        self.store = try store ?? SQLiteScanStore.inMemory()
        self.connector = connector
        self.rules = RuleProfile(
            engine: try RuleEngine(classifiers: classifiers),
            ruleSet: RuleSet(name: "test", minMatchRatio: 0.5)
        )
        let source = DataSource(name: name, kind: .filesystem, location: "/memory", createdAt: Fixtures.epoch)
        if let existing = try await self.store.definition(named: name, tenant: Tenant.defaultID) {
            self.definition = existing
        } else {
            try await self.store.save(source)
            self.definition = ScanDefinition(name: name, sourceID: source.id, createdAt: Fixtures.epoch)
            try await self.store.save(definition)
        }
    }

    func worker(
        name: String = "w1",
        concurrency: Int = 4,
        pageSize: Int = 3,
        now: @escaping @Sendable () -> Date = { Date() }
    ) -> ScanWorker {
        let connector = self.connector
        let rules = self.rules
        let cache = RunResourceCache(
            store: store,
            makeConnector: { _, _ in connector },
            compileRules: { _ in rules }
        )
        let executor = JobExecutor(
            store: store,
            resources: cache,
            hasher: hasher,
            configuration: JobExecutor.Configuration(
                pageSize: pageSize,
                retry: RetryPolicy(baseDelay: 0.01, maxDelay: 0.05)
            ),
            worker: name,
            now: now,
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        )
        return ScanWorker(
            executor: executor,
            store: store,
            configuration: ScanWorker.Configuration(worker: name, concurrency: concurrency, pollInterval: 0.01),
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        )
    }

    /// Starts (or resumes) a run and drives it to its end.
    func runToEnd(concurrency: Int = 4) async throws -> ScanRun {
        let run = try await store.startRun(definitionID: definition.id, tenant: Tenant.defaultID, at: Date()).run
        try await drive(run.id, concurrency: concurrency)
        return try await finished(run.id)
    }

    func drive(_ id: Identifier<ScanRun>, concurrency: Int = 4) async throws {
        let store = self.store
        try await worker(concurrency: concurrency).run(until: {
            try await store.run(id, tenant: Tenant.defaultID)?.status.isTerminal ?? true
        })
    }

    func finished(_ id: Identifier<ScanRun>) async throws -> ScanRun {
        guard let run = try await store.run(id, tenant: Tenant.defaultID) else {
            throw ScanError(.notFound, "run vanished")
        }
        return run
    }

    func openFindings() async throws -> [Finding] {
        try await store.findings(FindingQuery(definitionID: definition.id, status: .open))
    }
}
