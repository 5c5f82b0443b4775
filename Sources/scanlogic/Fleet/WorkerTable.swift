import Foundation
import ScanCore

/// The `scanlogic workers` listing.
enum WorkerTable {
    /// A worker silent for this long is presumed dead; its leases expire soon after.
    static let staleAfter: Double = 45

    static func print(_ workers: [WorkerRecord], now: Date) {
        Swift.print(row("ID", "HOST", "ROLE", "LAST HEARTBEAT", "JOBS", "STATE"))
        for worker in workers {
            let age = Int(now.timeIntervalSince(worker.lastHeartbeatAt).rounded())
            Swift.print(
                row(
                    worker.id,
                    "\(worker.host):\(worker.pid)",
                    role(worker),
                    "\(age)s ago",
                    "\(worker.jobsHeld)/\(worker.concurrency)",
                    state(worker, now: now)
                )
            )
        }
    }

    static func printJSON(_ workers: [WorkerRecord]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        Swift.print(String(decoding: try encoder.encode(workers), as: UTF8.self))
    }

    private static func role(_ worker: WorkerRecord) -> String {
        let kinds =
            worker.kinds.count == JobKind.allCases.count
            ? "all" : JobKind.allCases.filter(worker.kinds.contains).map(\.rawValue).joined(separator: ",")
        var parts = [kinds]
        if !worker.sources.isEmpty { parts.append("sources=" + worker.sources.sorted().joined(separator: ",")) }
        if !worker.labels.isEmpty { parts.append("labels=" + worker.labels.sorted().joined(separator: ",")) }
        return parts.joined(separator: " ")
    }

    private static func state(_ worker: WorkerRecord, now: Date) -> String {
        if worker.stoppedAt != nil { return "stopped" }
        return worker.isStale(at: now, grace: staleAfter) ? "stale" : "alive"
    }

    private static func row(_ columns: String...) -> String {
        let widths = [34, 24, 28, 16, 8]
        return zip(columns, widths + [0]).map { column, width in
            width == 0 ? column : column.padding(toLength: max(width, column.count + 1), withPad: " ", startingAt: 0)
        }
        .joined()
    }
}
