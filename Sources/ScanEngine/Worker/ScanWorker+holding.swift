import Foundation
import Logging
import ScanCore

extension ScanWorker {
    /// Runs one job in a task of its own, so the job alone can be stopped when its run is
    /// cancelled; a stopped job is then ended as cancelled without its result. A retry of the
    /// job claimed back while this attempt still held it runs next in the same slot: it is
    /// leased to this worker, and would otherwise wait for its lease to lapse.
    func executeHolding(_ job: Job) async {
        var next: Job? = job
        while let current = next {
            next = await executeAttempt(current)
        }
    }

    /// One attempt; returns the job's retry if this worker was leased it meanwhile.
    private func executeAttempt(_ job: Job) async -> Job? {
        held.insert(job)
        metrics.started()
        let start = ContinuousClock.now
        let executor = self.executor
        let task = Task { await executor.execute(job) }
        if !held.attach(task, to: job.id) { task.cancel() }
        var outcome = await withTaskCancellationHandler {
            await task.value
        } onCancel: {
            task.cancel()
        }
        defer { metrics.finished(job.kind, outcome: outcome, duration: .now - start) }
        let removed = held.remove(job.id)
        guard removed.stoppedForCancel else {
            return outcome == .retried ? removed.reclaimed : nil
        }
        do {
            try await store.abandonJob(job, worker: configuration.worker, at: executor.now())
            outcome = .stopped
            logger.info("job stopped, its run was cancelled", metadata: [LogKey.jobID: "\(job.id)"])
        } catch let error as ScanError where error.code == .leaseLost {
            // It finished before the stop reached it; its result stands.
        } catch {
            outcome = .stopped
            logger.info("could not end a stopped job", metadata: [LogKey.jobID: "\(job.id)", LogKey.error: "\(error)"])
        }
        return nil
    }

    /// Extends the leases of jobs in flight so a long scan is not taken over, records that
    /// the worker is alive, and stops the jobs of runs cancelled since the last beat (the
    /// fallback for stores that cannot push the cancellation).
    func heartbeat() async throws {
        let interval = configuration.leaseDuration / 3
        while !Task.isCancelled {
            try await Task.sleep(for: .seconds(interval))
            await beat()
        }
    }

    private func beat() async {
        let now = executor.now()
        do {
            try await store.workerHeartbeat(configuration.worker, at: now)
            let ids = held.all
            if !ids.isEmpty {
                let until = now.addingTimeInterval(configuration.leaseDuration)
                _ = try await store.extendLeases(ids, worker: configuration.worker, until: until)
            }
            for (run, tenant) in held.runs where try await store.run(run, tenant: tenant)?.cancelRequested == true {
                held.stop(run: run)
            }
            metrics.heartbeat(at: now)
        } catch {
            metrics.heartbeatFailed()
            logger.info("heartbeat failed", metadata: [LogKey.error: "\(error)"])
        }
    }

    /// Wakes the claim loop on new jobs and stops the jobs of cancelled runs.
    func listen(to source: any QueueSignalSource) async {
        for await signal in source.queueSignals() {
            switch signal {
            case .jobsReady:
                wake.signal()
            case .runCancelled(let run):
                held.stop(run: run)
            }
        }
    }

    /// This worker as the registry shows it.
    func record() -> WorkerRecord {
        WorkerRecord(
            id: configuration.worker,
            host: ProcessInfo.processInfo.hostName,
            pid: Int(ProcessInfo.processInfo.processIdentifier),
            kinds: configuration.kinds,
            sources: configuration.sources,
            labels: configuration.labels,
            concurrency: configuration.concurrency,
            startedAt: executor.now()
        )
    }
}
