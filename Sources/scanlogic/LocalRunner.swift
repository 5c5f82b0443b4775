import Foundation
import ScanCore
import ScanEngine
import ScanRules
import ScanStoreSQLite

/// Runs a local worker until one run has ended, showing its progress.
struct LocalRunner {
    let opened: OpenedStore
    let environment: [String: String]

    /// Drives `runID` to a terminal state and returns the final run.
    func drive(_ runID: Identifier<ScanRun>, concurrency: Int?, showProgress: Bool) async throws -> ScanRun {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let (worker, cache) = try await opened.makeWorker(
            WorkerSettings(concurrency: max(1, concurrency ?? max(2, cores))),
            environment: environment
        )
        let store = opened.store
        let isFinished: @Sendable () async throws -> Bool = {
            try await store.run(runID, tenant: Tenant.defaultID)?.status.isTerminal ?? true
        }
        let reporter = ProgressReporter(store: store, runID: runID, enabled: showProgress)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await worker.run(until: isFinished) }
            group.addTask { try await reporter.run() }
            try await group.next()
            group.cancelAll()
        }
        await cache.closeAll()
        reporter.finish()
        guard let run = try await store.run(runID, tenant: Tenant.defaultID) else {
            throw ScanError(.notFound, "run \(runID) not found")
        }
        return run
    }
}
