import Foundation
import Logging
import ScanConnectors
import ScanCore
import ScanEngine
import ScanRules
import ScanTestSupport
import Synchronization
import Testing

/// A source's `maxConcurrency` holds at the source itself: many workers scanning one
/// PostgreSQL database through a counting proxy never hold more connections than the cap.
extension LoadSensitiveSuites {
    @Suite
    struct SourceCapTests {
        private static let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        private static let tables = 40
        private static let workers = 6

        /// The source database, made once: the scans only read it.
        private static let database = Task { () throws -> String in
            let server = try await TestPostgresServer.shared()
            let database = try server.createDatabase()
            let statements = (1...tables).map { index in
                """
                CREATE TABLE t\(index) (id serial PRIMARY KEY, note text);
                INSERT INTO t\(index) (note) SELECT 'row ' || i FROM generate_series(1, 5) AS i;
                """
            }
            try server.execute(statements.joined(separator: "\n") + "\nANALYZE;", database: database)
            return database
        }

        @Test(arguments: StoreKind.available)
        func manyWorkersNeverHoldMoreConnectionsThanTheCap(kind: StoreKind) async throws {
            let scan = try await scanThroughProxy(kind: kind, cap: 2)

            #expect(scan.run.status == .completed)
            #expect(scan.run.counters.scanned == Self.tables)
            #expect(scan.run.counters.failed == 0)
            // Both sides: the jobs holding a connector (what the store admits) and the
            // connections the source saw (what the cap is for).
            #expect(scan.clientPeak <= 2, "peak connectors open in the workers: \(scan.clientPeak)")
            #expect(scan.peak <= 2, "peak connections at the source: \(scan.peak), in the workers: \(scan.clientPeak)")
            #expect(scan.total > Self.tables)
            #expect(scan.workersUsed > 1, "the jobs should be spread over several workers")
        }

        /// The control: without a cap the same workers hold more connections at once, so the
        /// proxy would catch a broken cap.
        @Test(arguments: StoreKind.available)
        func withoutACapTheWorkersHoldMore(kind: StoreKind) async throws {
            let scan = try await scanThroughProxy(kind: kind, cap: nil)

            #expect(scan.run.status == .completed)
            #expect(scan.run.counters.scanned == Self.tables)
            #expect(scan.clientPeak > 2, "peak connectors open in the workers: \(scan.clientPeak)")
            #expect(scan.peak > 2, "peak connections at the source: \(scan.peak)")
        }

        // MARK: Helpers

        private struct Scan {
            var run: ScanRun
            var peak: Int
            var clientPeak: Int
            var total: Int
            var workersUsed: Int
        }

        /// Scans the database with ``workers`` workers on one store, the source reached through
        /// a counting proxy.
        private func scanThroughProxy(kind: StoreKind, cap: Int?) async throws -> Scan {
            let server = try await TestPostgresServer.shared()
            let database = try await Self.database.value
            let proxy = try await ConnectionCountingProxy.start(forwardingTo: server.host, port: server.port)
            let store = try await kind.makeStore()
            let source = DataSource(
                name: "capped",
                kind: .postgres,
                location: "postgres://\(server.user)@127.0.0.1:\(proxy.port)/\(database)?sslmode=disable",
                createdAt: Fixtures.epoch,
                maxConcurrency: cap
            )
            try await store.save(source)
            let definition = ScanDefinition(name: "capped", sourceID: source.id, createdAt: Fixtures.epoch)
            try await store.save(definition)
            let run = try await store.startRun(definitionID: definition.id, tenant: Tenant.defaultID, at: Date()).run

            let used = WorkerNames()
            let open = OpenConnectors()
            let names = (1...Self.workers).map { "w\($0)" }
            let caches = try names.map { try makeCache(store: store, worker: $0, used: used, open: open) }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for (name, cache) in zip(names, caches) {
                    let worker = makeWorker(name, store: store, cache: cache)
                    group.addTask {
                        try await worker.run(until: {
                            try await store.run(run.id, tenant: Tenant.defaultID)?.status.isTerminal ?? true
                        })
                    }
                }
                try await group.waitForAll()
            }
            let peak = proxy.peakConnections
            for cache in caches { await cache.closeAll() }
            try await proxy.close()
            let ended = try #require(try await store.run(run.id, tenant: Tenant.defaultID))
            return Scan(
                run: ended,
                peak: peak,
                clientPeak: open.peak,
                total: proxy.totalConnections,
                workersUsed: used.count
            )
        }

        /// A cache whose connectors are real and counted, and which notes the worker that
        /// made one.
        private func makeCache(
            store: any ScanStore,
            worker: String,
            used: WorkerNames,
            open: OpenConnectors
        ) throws -> RunResourceCache {
            let rules = RuleProfile(
                engine: try RuleEngine(classifiers: []),
                ruleSet: RuleSet(name: "test", minMatchRatio: 0.5)
            )
            return RunResourceCache(
                store: store,
                makeConnector: { source, sampling in
                    used.insert(worker)
                    let connector = try ConnectorFactory.make(
                        for: source,
                        sampling: sampling,
                        environment: [:],
                        logger: Self.logger
                    )
                    return open.track(connector)
                },
                compileRules: { _ in rules }
            )
        }

        private func makeWorker(_ name: String, store: any ScanStore, cache: RunResourceCache) -> ScanWorker {
            let executor = JobExecutor(
                store: store,
                resources: cache,
                hasher: ValueHasher(key: Array(repeating: 9, count: 32)),
                configuration: JobExecutor.Configuration(pageSize: 10),
                worker: name,
                now: { Date() },
                logger: Self.logger
            )
            let configuration = ScanWorker.Configuration(worker: name, concurrency: 4, pollInterval: 0.02)
            return ScanWorker(executor: executor, store: store, configuration: configuration, logger: Self.logger)
        }
    }
}

/// The workers that opened a connector.
private final class WorkerNames: Sendable {
    private let names = Mutex(Set<String>())

    var count: Int { names.withLock { $0.count } }

    func insert(_ name: String) {
        _ = names.withLock { $0.insert(name) }
    }
}
