public import CoreMetrics
import Foundation
import Metrics
import ScanCore

/// The metrics of one ``ScanWorker``, recorded through swift-metrics; every series carries
/// the worker's id in a `worker` label.
///
/// Handlers are made once, at initialization, for every job kind and outcome, so recording
/// a job costs a dictionary lookup and a counter increment.
public struct WorkerMetrics: Sendable {
    /// Jobs claimed, by `kind`.
    public static let claimed = "scanlogic_worker_jobs_claimed_total"
    /// Job attempts ended, by `kind` and `outcome` (a ``JobOutcome``).
    public static let finished = "scanlogic_worker_jobs_finished_total"
    /// How long job attempts took, by `kind`.
    public static let jobDuration = "scanlogic_worker_job_duration_seconds"
    /// Jobs executing now.
    public static let inFlight = "scanlogic_worker_jobs_in_flight"
    /// How long claiming from the store took.
    public static let claimDuration = "scanlogic_worker_claim_duration_seconds"
    /// Heartbeats that failed.
    public static let heartbeatFailures = "scanlogic_worker_heartbeat_failures_total"
    /// When the worker last registered or heartbeat successfully, in Unix seconds.
    public static let lastHeartbeat = "scanlogic_worker_last_heartbeat_timestamp_seconds"

    // MARK: Member variables

    private let claimedCounters: [JobKind: Counter]
    private let finishedCounters: [JobKind: [JobOutcome: Counter]]
    private let durations: [JobKind: Metrics.Timer]
    private let inFlightMeter: Meter
    private let claimTimer: Metrics.Timer
    private let heartbeatFailureCounter: Counter
    private let lastHeartbeatGauge: Gauge

    // MARK: Initialization

    /// Creates the metrics of worker `worker` in `factory`.
    public init(worker: String, factory: any MetricsFactory = MetricsSystem.factory) {
        let labels = [("worker", worker)]
        var claimed: [JobKind: Counter] = [:]
        var finished: [JobKind: [JobOutcome: Counter]] = [:]
        var durations: [JobKind: Metrics.Timer] = [:]
        for kind in JobKind.allCases {
            let byKind = labels + [("kind", kind.rawValue)]
            claimed[kind] = Counter(label: Self.claimed, dimensions: byKind, factory: factory)
            durations[kind] = Metrics.Timer(label: Self.jobDuration, dimensions: byKind, factory: factory)
            for outcome in JobOutcome.allCases {
                finished[kind, default: [:]][outcome] = Counter(
                    label: Self.finished,
                    dimensions: byKind + [("outcome", outcome.rawValue)],
                    factory: factory
                )
            }
        }
        self.claimedCounters = claimed
        self.finishedCounters = finished
        self.durations = durations
        self.inFlightMeter = Meter(label: Self.inFlight, dimensions: labels, factory: factory)
        self.claimTimer = Metrics.Timer(label: Self.claimDuration, dimensions: labels, factory: factory)
        self.heartbeatFailureCounter = Counter(label: Self.heartbeatFailures, dimensions: labels, factory: factory)
        self.lastHeartbeatGauge = Gauge(label: Self.lastHeartbeat, dimensions: labels, factory: factory)
    }

    // MARK: Methods

    /// Records a claim that took `duration` and returned `jobs`.
    func claimed(_ jobs: [Job], duration: Duration) {
        claimTimer.record(duration: duration)
        for job in jobs {
            claimedCounters[job.kind]?.increment()
        }
    }

    /// Records a job starting to execute.
    func started() {
        inFlightMeter.increment()
    }

    /// Records a job attempt of `kind` that ended with `outcome` after `duration`.
    func finished(_ kind: JobKind, outcome: JobOutcome, duration: Duration) {
        inFlightMeter.decrement()
        finishedCounters[kind]?[outcome]?.increment()
        durations[kind]?.record(duration: duration)
    }

    /// Records a successful registration or heartbeat at `date`.
    func heartbeat(at date: Date) {
        lastHeartbeatGauge.record(date.timeIntervalSince1970)
    }

    /// Records a failed heartbeat.
    func heartbeatFailed() {
        heartbeatFailureCounter.increment()
    }
}
