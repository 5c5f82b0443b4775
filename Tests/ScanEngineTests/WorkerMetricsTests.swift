import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Metrics
import MetricsTestKit
import NIOCore
import ScanCore
import ScanServer
import ScanStoreSQLite
import ScanTestSupport
import Synchronization
import Testing

@testable import ScanEngine

/// A worker's metrics: counted per job kind and outcome while the pipeline runs, and served
/// by the metrics endpoint of `scanlogic worker --metrics-address`.
struct WorkerMetricsTests {
    private static func files(count: Int) -> [String: String] {
        var files: [String: String] = [:]
        for index in 0..<count {
            files[String(format: "dir/file%03d.txt", index)] = "line one\nkey: tok_\(String(format: "%012d", index))\n"
        }
        return files
    }

    @Test func aRunCountsEveryClaimedJobAsCompletedPerKind() async throws {
        let harness = try await PipelineHarness(connector: MemoryConnector(files: Self.files(count: 20)))
        let metrics = TestMetrics()

        let run = try await harness.runToEnd(metrics: WorkerMetrics(worker: "w1", factory: metrics))

        #expect(run.status == .completed)
        let worker = ("worker", "w1")
        func claimed(_ kind: JobKind) -> Int64 {
            metrics.counterTotal(label: WorkerMetrics.claimed, dimensions: [worker, ("kind", kind.rawValue)])
        }
        func finished(_ kind: JobKind, _ outcome: JobOutcome) -> Int64 {
            metrics.counterTotal(
                label: WorkerMetrics.finished,
                dimensions: [worker, ("kind", kind.rawValue), ("outcome", outcome.rawValue)]
            )
        }
        #expect(claimed(.scan) == 20)
        #expect(finished(.scan, .completed) == 20)
        #expect(claimed(.enumerate) >= 1)
        for kind in JobKind.allCases {
            #expect(finished(kind, .completed) == claimed(kind), "kind \(kind.rawValue)")
            for outcome in JobOutcome.allCases where outcome != .completed {
                #expect(finished(kind, outcome) == 0, "kind \(kind.rawValue), outcome \(outcome.rawValue)")
            }
        }
        let durations = try metrics.expectTimer(WorkerMetrics.jobDuration, [worker, ("kind", "scan")])
        #expect(durations.values.count == 20)
        #expect(try metrics.expectMeter(WorkerMetrics.inFlight, [worker]).lastValue == 0)
        #expect(try metrics.expectTimer(WorkerMetrics.claimDuration, [worker]).values.isEmpty == false)
        let heartbeat = try #require(try metrics.expectGauge(WorkerMetrics.lastHeartbeat, [worker]).lastValue)
        #expect(abs(heartbeat - Date().timeIntervalSince1970) < 60)
        #expect(metrics.counterTotal(label: WorkerMetrics.heartbeatFailures) == 0)
    }

    @Test func theMetricsEndpointServesTheWorkersSeries() async throws {
        let harness = try await PipelineHarness(connector: MemoryConnector(files: Self.files(count: 5)))
        let metrics = ServerMetrics()
        _ = try await harness.runToEnd(metrics: WorkerMetrics(worker: "w1", factory: metrics.factory))
        let app = MetricsEndpoint.buildApplication(
            metrics: metrics,
            host: "127.0.0.1",
            port: 0,
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        )

        try await app.test(.live) { client in
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
                let lines = Set(String(buffer: response.body).split(separator: "\n").map(String.init))
                #expect(lines.contains(#"scanlogic_worker_jobs_claimed_total{worker="w1",kind="scan"} 5"#))
                #expect(
                    lines.contains(
                        #"scanlogic_worker_jobs_finished_total{worker="w1",kind="scan",outcome="completed"} 5"#
                    )
                )
                #expect(lines.contains(#"scanlogic_worker_jobs_in_flight{worker="w1"} 0.0"#))
                let durations = #"scanlogic_worker_job_duration_seconds_count{worker="w1",kind="scan"} 5"#
                #expect(lines.contains { $0.hasPrefix(durations) })
                let heartbeat = #"scanlogic_worker_last_heartbeat_timestamp_seconds{worker="w1"} "#
                #expect(lines.contains { $0.hasPrefix(heartbeat) })
            }
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == "ok")
            }
        }
    }

    /// A worker whose leases ran out while it still ran the jobs (its clock jumps past them,
    /// as a starved heartbeat would let them lapse) claims them back when a slot frees, but
    /// starts no second attempt, and a cancel still stops each one.
    @Test func jobsAWorkerStillRunsAreNotStartedTwiceWhenTheirLeasesLapse() async throws {
        let connector = StallingConnector(paths: ["a", "b", "c", "q"], quick: ["q": .seconds(1)])
        let harness = try await PipelineHarness(connector: connector)
        let metrics = TestMetrics()
        let skew = Mutex<TimeInterval>(0)
        let started = ContinuousClock.now

        let clock: @Sendable () -> Date = { Date() + skew.withLock { $0 } }

        let run = try await harness.runThenCancel(metrics: metrics, now: clock) { run in
            try await harness.waitUntil(run) { $0.enumerated == 4 }
            // Past the leases before the first heartbeat (2 s) renews them; `q` ends at 1 s.
            skew.withLock { $0 = 100 }
            try await harness.waitUntil(run) { $0.scanned == 1 }
            try await Task.sleep(for: .milliseconds(300))
        }

        // The lapsed leases put a, b and c back in the queue; the freed slot claimed one of
        // them, which is not started again, and the cancel dropped the two left ready. Every
        // attempt ends stopped or, once the run is over, interrupted: none runs twice.
        let ended = ["stopped", "interrupted"].map { outcome in
            metrics.counterTotal(
                label: WorkerMetrics.finished,
                dimensions: [("worker", "w1"), ("kind", "scan"), ("outcome", outcome)]
            )
        }
        #expect(metrics.counterTotal(label: WorkerMetrics.claimed, dimensions: [("kind", "scan")]) == 4)
        #expect(ended.reduce(0, +) == 3)
        #expect(run.status == .cancelled)
        #expect(ContinuousClock.now - started < .seconds(20))
    }

    @Test func jobsOfACancelledRunCountAsStopped() async throws {
        let harness = try await PipelineHarness(connector: StallingConnector(paths: ["a", "b", "c"]))
        let metrics = TestMetrics()

        _ = try await harness.runThenCancel(metrics: metrics) { run in
            try await harness.waitUntil(run) { $0.enumerated == 3 }
            // Cancel once all three are claimed: a fixed wait let CI's loaded machine cancel
            // before the worker had claimed any, and the cancel dropped them while ready.
            let claimed = { metrics.counterTotal(label: WorkerMetrics.claimed, dimensions: [("kind", "scan")]) }
            for _ in 0..<500 where claimed() < 3 { try await Task.sleep(for: .milliseconds(20)) }
        }

        let dimensions = [("worker", "w1"), ("kind", "scan"), ("outcome", "stopped")]
        #expect(metrics.counterTotal(label: WorkerMetrics.claimed, dimensions: [("kind", "scan")]) == 3)
        #expect(metrics.counterTotal(label: WorkerMetrics.finished, dimensions: dimensions) == 3)
        #expect(try metrics.expectMeter(WorkerMetrics.inFlight, [("worker", "w1")]).lastValue == 0)
    }
}

extension PipelineHarness {
    /// Starts a run and drives it to its end with a worker recording into `metrics`.
    fileprivate func runToEnd(metrics: WorkerMetrics) async throws -> ScanRun {
        let store = self.store
        let run = try await store.startRun(definitionID: definition.id, tenant: Tenant.defaultID, at: Date()).run
        let base = worker(name: "w1")
        let worker = ScanWorker(
            executor: base.executor,
            store: store,
            configuration: base.configuration,
            logger: base.logger,
            metrics: metrics
        )
        try await worker.run(until: {
            try await store.run(run.id, tenant: Tenant.defaultID)?.status.isTerminal ?? true
        })
        return try await finished(run.id)
    }

    /// Starts a run, has a worker recording into `metrics` drive it, cancels it once `prepare`
    /// returns (at the worker's clock) and returns it once it ended. The worker holds 6 s
    /// leases: a heartbeat every 2 s notices the cancel, where a shorter lease expired under
    /// CI load.
    fileprivate func runThenCancel(
        metrics: TestMetrics,
        now: @escaping @Sendable () -> Date = { Date() },
        before prepare: @Sendable (Identifier<ScanRun>) async throws -> Void
    ) async throws -> ScanRun {
        let store = self.store
        let base = worker(name: "w1", now: now)
        let worker = ScanWorker(
            executor: base.executor,
            store: store,
            configuration: ScanWorker.Configuration(worker: "w1", leaseDuration: 6, pollInterval: 0.01),
            logger: base.logger,
            metrics: WorkerMetrics(worker: "w1", factory: metrics)
        )
        let run = try await store.startRun(definitionID: definition.id, tenant: Tenant.defaultID, at: now()).run
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await worker.run(until: {
                    try await store.run(run.id, tenant: Tenant.defaultID)?.status.isTerminal ?? true
                })
            }
            try await prepare(run.id)
            _ = try await store.cancelRun(run.id, tenant: Tenant.defaultID, at: now())
            try await group.next()
            group.cancelAll()
        }
        return try await finished(run.id)
    }

    /// Polls the run's counters until `condition` holds.
    fileprivate func waitUntil(
        _ run: Identifier<ScanRun>,
        _ condition: (RunCounters) -> Bool
    ) async throws {
        while let current = try await store.run(run, tenant: Tenant.defaultID), !condition(current.counters) {
            try await Task.sleep(for: .milliseconds(20))
        }
    }
}
