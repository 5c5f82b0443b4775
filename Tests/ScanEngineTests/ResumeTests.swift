import Foundation
import ScanCore
import ScanEngine
import ScanStoreSQLite
import ScanTestSupport
import Testing

/// A killed worker loses nothing committed and duplicates nothing on resume.
struct ResumeTests {
    private static let files: [String: String] = Dictionary(
        uniqueKeysWithValues: (0..<60).map { index in
            (String(format: "f%03d.txt", index), index % 2 == 0 ? "tok_\(String(format: "%012d", index))\n" : "clean\n")
        }
    )

    /// Polls until the run has finalized at least `count` objects.
    private static func waitUntil(
        _ store: SQLiteScanStore,
        _ id: Identifier<ScanRun>,
        finalized count: Int
    ) async throws {
        while try await store.run(id, tenant: Tenant.defaultID)!.counters.finalized < count {
            try await Task.sleep(for: .milliseconds(2))
        }
    }

    @Test func aRunInterruptedMidwayResumesToTheSameResult() async throws {
        // Given a reference result from an uninterrupted run
        let reference = try await PipelineHarness(connector: MemoryConnector(files: Self.files)).runToEnd()

        // When a worker is killed part way through (its task is cancelled between jobs,
        // leaving leases held), and a new process releases them and resumes
        let harness = try await PipelineHarness(connector: MemoryConnector(files: Self.files))
        let run = try await harness.store.startRun(
            definitionID: harness.definition.id,
            tenant: Tenant.defaultID,
            at: Date()
        ).run
        let store = harness.store
        let killed = Task {
            try await harness.worker(name: "doomed", concurrency: 2).run(until: { false })
        }
        try await Self.waitUntil(store, run.id, finalized: 15)
        killed.cancel()
        _ = await killed.result
        let midway = try await harness.finished(run.id)
        #expect(midway.status == .running)
        _ = try await store.releaseLeases(exceptWorker: "w1")
        try await harness.drive(run.id)

        // Then the resumed run equals the uninterrupted one
        let resumed = try await harness.finished(run.id)
        #expect(resumed.status == .completed)
        #expect(resumed.counters == reference.counters)
        let records = try await store.objectRecords(run: run.id, tenant: Tenant.defaultID)
        #expect(records.count == 60)
        #expect(try await harness.openFindings().count == 30)
    }

    @Test func startingAgainWhileARunIsActiveResumesIt() async throws {
        let harness = try await PipelineHarness(connector: MemoryConnector(files: Self.files))
        let first = try await harness.store.startRun(
            definitionID: harness.definition.id,
            tenant: Tenant.defaultID,
            at: Date()
        )

        let run = try await harness.runToEnd()

        #expect(run.id == first.run.id)
        #expect(run.counters.finalized == 60)
    }

    @Test func cancelStopsEnumerationAndDrains() async throws {
        let harness = try await PipelineHarness(connector: MemoryConnector(files: Self.files))
        let run = try await harness.store.startRun(
            definitionID: harness.definition.id,
            tenant: Tenant.defaultID,
            at: Date()
        ).run
        let store = harness.store
        let worker = Task { try await harness.drive(run.id, concurrency: 2) }
        try await Self.waitUntil(store, run.id, finalized: 5)

        _ = try await store.cancelRun(run.id, tenant: Tenant.defaultID, at: Date())
        try await worker.value

        let ended = try await harness.finished(run.id)
        #expect(ended.status == .cancelled)
        #expect(ended.counters.finalized < 60)
        #expect(ended.counters.finalized == ended.counters.scanned)
        let records = try await store.objectRecords(run: run.id, tenant: Tenant.defaultID)
        #expect(records.count == ended.counters.finalized)
    }
}
