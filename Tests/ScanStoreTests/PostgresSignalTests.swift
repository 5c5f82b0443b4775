import Foundation
import ScanCore
import ScanStorePostgres
import ScanTestSupport
import Synchronization
import Testing

@Suite(
    "PostgreSQL pushes queue signals",
    .enabled(if: TestPostgresServer.shouldRun, Comment(rawValue: TestPostgresServer.skipComment))
)
struct PostgresSignalTests {
    @Test func aStartedRunWakesWorkersAndACancelNamesTheRun() async throws {
        let store = try await StoreKind.makePostgresStore()
        let definition = try await saveDefinition(in: store)
        let received = SignalLog()
        let listener = Task {
            for await signal in store.queueSignals() { received.append(signal) }
        }
        defer { listener.cancel() }
        // The listener says "look now" once it is connected; every signal after that is real.
        try await waitFor(.jobsReady, count: 1, in: received)

        let run = try await store.startRun(definitionID: definition.id, tenant: Tenant.defaultID, at: Fixtures.epoch)
        try await waitFor(.jobsReady, count: 2, in: received)

        _ = try await store.cancelRun(run.run.id, tenant: Tenant.defaultID, at: Fixtures.epoch)
        try await waitFor(.runCancelled(run.run.id), count: 1, in: received)
    }

    private func saveDefinition(in store: PostgresScanStore) async throws -> ScanDefinition {
        let source = DataSource(name: "files", kind: .filesystem, location: "/data", createdAt: Fixtures.epoch)
        try await store.save(source)
        let definition = ScanDefinition(name: "files", sourceID: source.id, createdAt: Fixtures.epoch)
        try await store.save(definition)
        return definition
    }

    private func waitFor(_ signal: QueueSignal, count: Int, in received: SignalLog) async throws {
        for _ in 0..<100 {
            if received.count(of: signal) >= count { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("no \(signal) #\(count) within 5 s; got \(received.all)")
    }
}

/// The signals a listener received, shared with the test.
private final class SignalLog: Sendable {
    private let signals = Mutex<[QueueSignal]>([])

    func append(_ signal: QueueSignal) { signals.withLock { $0.append(signal) } }

    func count(of signal: QueueSignal) -> Int { signals.withLock { $0.filter { $0 == signal }.count } }

    var all: [QueueSignal] { signals.withLock { $0 } }
}
