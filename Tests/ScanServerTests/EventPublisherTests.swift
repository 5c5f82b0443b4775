import Foundation
import ScanCore
import ScanServer
import ScanStoreSQLite
import ScanTestSupport
import Testing

@Suite("Run event publisher")
struct EventPublisherTests {
    /// Completes the pending enumeration job with `paths` as its only page.
    static func enumerate(_ store: SQLiteScanStore, paths: [String]) async throws {
        let driver = StoreDriver(store: store, pages: StoreDriver.pages(paths, size: 100)) {
            ObjectResult(object: $0, outcome: .clean, bytesRead: 10)
        }
        for job in try await store.claimJobs(ClaimRequest(worker: "test-worker", kinds: [.enumerate], now: Date())) {
            try await driver.complete(job, at: Date())
        }
    }

    static func drain(_ store: SQLiteScanStore, paths: [String]) async throws {
        try await StoreDriver(store: store, pages: StoreDriver.pages(paths, size: 100)) {
            ObjectResult(object: $0, outcome: .clean, bytesRead: 10)
        }.drain(at: Date())
    }

    static func startRun(_ api: APIHarness) async throws -> ScanRun {
        let definition = try await Fixtures.definition(in: api.store, tenant: APIHarness.tenant)
        return try await api.store.startRun(definitionID: definition.id, tenant: APIHarness.tenant, at: Date()).run
    }

    @Test func publishesCreatedStatusAndProgressOnce() async throws {
        // Given a pending run without events
        let api = try await APIHarness()
        let publisher = RunEventPublisher(environment: api.environment)
        let run = try await Self.startRun(api)

        // Then each change is published once, however often the publisher looks
        #expect(try await publisher.publishOnce().map(\.kind) == [.created])
        #expect(try await publisher.publishOnce().isEmpty)
        try await Self.enumerate(api.store, paths: ["a", "b"])
        let started = try await publisher.publishOnce()
        #expect(started.map(\.kind) == [.status])
        #expect(started.first?.run.status == .running)
        #expect(try await publisher.publishOnce().isEmpty)
        let scanJobs = try await api.store.claimJobs(ClaimRequest(worker: "w", kinds: [.scan], limit: 1, now: Date()))
        for job in scanJobs {
            try await api.store.completeScan(
                job,
                worker: "w",
                result: ObjectResult(object: Fixtures.object("a"), outcome: .clean),
                at: Date()
            )
        }
        #expect(try await publisher.publishOnce().map(\.kind) == [.progress])
        try await Self.drain(api.store, paths: ["a", "b"])
        let finished = try await publisher.publishOnce()
        #expect(finished.map(\.kind) == [.status])
        #expect(finished.first?.run.status == .completed)
        #expect(try await publisher.publishOnce().isEmpty)

        let stored = try await api.store.runEvents(tenant: APIHarness.tenant, run: run.id, afterID: 0, limit: 100)
        #expect(stored.map(\.kind) == [.created, .status, .progress, .status])
        #expect(stored.map(\.id) == stored.map(\.id).sorted())
    }

    @Test func restartedPublisherDoesNotPublishAgain() async throws {
        let api = try await APIHarness()
        _ = try await Self.startRun(api)
        #expect(try await RunEventPublisher(environment: api.environment).publishOnce().count == 1)
        #expect(try await RunEventPublisher(environment: api.environment).publishOnce().isEmpty)
    }

    @Test func runCreatedByTheAPIIsNotAnnouncedTwice() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            _ = try await client.trigger(try await client.createScan("docs"))
        }
        #expect(try await RunEventPublisher(environment: api.environment).publishOnce().isEmpty)
    }

    @Test func finishedRunsFeedTheMetricsOnce() async throws {
        let api = try await APIHarness()
        let publisher = RunEventPublisher(environment: api.environment)
        _ = try await Self.startRun(api)
        try await publisher.publishOnce()
        try await Self.drain(api.store, paths: ["a", "b", "c"])
        try await publisher.publishOnce()
        try await publisher.publishOnce()
        let text = api.environment.metrics.render()
        #expect(text.contains(#"scanlogic_runs_finished_total{status="completed"} 1"#), "\(text)")
        #expect(text.contains("scanlogic_objects_scanned_total 3"), "\(text)")
        #expect(text.contains("scanlogic_bytes_scanned_total 30"), "\(text)")
    }

    @Test func serviceStopsOnCancellation() async throws {
        let api = try await APIHarness()
        let publisher = RunEventPublisher(
            environment: api.environment,
            configuration: .init(interval: .milliseconds(10))
        )
        _ = try await Self.startRun(api)
        let task = Task { try await publisher.run() }
        // Wait for the first pass rather than a fixed time, so a loaded machine cannot fail it.
        var events: [RunEvent] = []
        for _ in 0..<500 where events.isEmpty {
            try await Task.sleep(for: .milliseconds(10))
            events = try await api.store.runEvents(tenant: APIHarness.tenant, run: nil, afterID: 0, limit: 10)
        }
        task.cancel()
        try await task.value
        #expect(events.map(\.kind) == [.created])
    }
}
