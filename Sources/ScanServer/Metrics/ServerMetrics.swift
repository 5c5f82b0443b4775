import CoreMetrics
import Foundation
import Metrics
public import Prometheus
public import ScanCore

/// The process's metrics, recorded through swift-metrics into a Prometheus registry that
/// `/metrics` renders.
///
/// The registry is owned here rather than bootstrapped globally, so tests and several
/// servers in one process each get their own.
public final class ServerMetrics: Sendable {
    /// The registry `/metrics` renders.
    public let registry: PrometheusCollectorRegistry
    /// The factory over ``registry``, for metrics recorded elsewhere (a worker's
    /// `WorkerMetrics`) to land in the same `/metrics`.
    public let factory: PrometheusMetricsFactory

    /// Creates metrics over a fresh registry.
    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = Self.buckets
        self.factory = factory
    }

    /// Latency buckets from a millisecond (HTTP) to an hour (runs).
    private static let buckets: [Duration] = [
        0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 30, 60, 300, 1800, 3600,
    ]
    .map { Duration.milliseconds(Int64($0 * 1000)) }

    /// The Prometheus text exposition of every metric.
    public func render() -> String {
        registry.emitToString()
    }

    /// Counts an HTTP request and records its latency.
    public func recordRequest(method: String, route: String, status: Int, duration: Duration) {
        let dimensions = [("method", method), ("route", route), ("status", String(status))]
        Counter(label: "scanlogic_http_requests_total", dimensions: dimensions, factory: factory).increment()
        Metrics.Timer(
            label: "scanlogic_http_request_duration_seconds",
            dimensions: [("method", method), ("route", route)],
            factory: factory
        ).recordNanoseconds(duration.nanoseconds)
    }

    /// Counts runs started by the scheduler.
    public func recordScheduled(_ fires: [ScheduleFire]) {
        for fire in fires {
            Counter(
                label: "scanlogic_scans_scheduled_total",
                dimensions: [("outcome", fire.outcome.rawValue)],
                factory: factory
            ).increment()
        }
    }

    /// Records a finished run: its duration, and what it scanned and found.
    public func recordFinished(_ run: ScanRun) {
        let status = run.status.rawValue
        if let started = run.startedAt, let finished = run.finishedAt {
            Metrics.Timer(label: "scanlogic_run_duration_seconds", dimensions: [("status", status)], factory: factory)
                .recordNanoseconds(Int64(max(0, finished.timeIntervalSince(started)) * 1e9))
        }
        Counter(label: "scanlogic_runs_finished_total", dimensions: [("status", status)], factory: factory)
            .increment()
    }

    /// Adds scanning progress observed since the last sample: objects finalized, bytes
    /// read, and findings that appeared (new or reopened).
    public func recordProgress(objects: Int, bytes: Int64, findings: Int) {
        if objects > 0 {
            Counter(label: "scanlogic_objects_scanned_total", factory: factory).increment(by: objects)
        }
        if bytes > 0 {
            Counter(label: "scanlogic_bytes_scanned_total", factory: factory).increment(by: Int(bytes))
        }
        if findings > 0 {
            Counter(label: "scanlogic_findings_detected_total", factory: factory).increment(by: findings)
        }
    }

    /// Sets the queue gauges from a snapshot of the job table.
    public func recordQueue(_ queue: QueueCounts) {
        for kind in JobKind.allCases {
            for state in JobState.allCases {
                Gauge(
                    label: "scanlogic_jobs",
                    dimensions: [("kind", kind.rawValue), ("state", state.rawValue)],
                    factory: factory
                ).record(queue.counts[kind]?[state] ?? 0)
            }
        }
        Gauge(label: "scanlogic_queue_depth", factory: factory).record(queue.depth)
    }

    /// Sets the gauge of open, untriaged findings per severity.
    public func recordOpenFindings(_ counts: [Severity: Int]) {
        for severity in Severity.allCases {
            Gauge(label: "scanlogic_open_findings", dimensions: [("severity", severity.rawValue)], factory: factory)
                .record(counts[severity] ?? 0)
        }
    }
}

extension Duration {
    fileprivate var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
