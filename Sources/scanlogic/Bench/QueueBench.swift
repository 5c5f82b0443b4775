import Foundation
import Logging
import ScanCore
import ScanStorePostgres

/// The job queue on PostgreSQL alone: `jobs` no-op jobs are enqueued up front, then
/// `workers` concurrent workers (each with a connection of its own, like separate
/// processes) claim batches with `FOR UPDATE SKIP LOCKED` and acknowledge them until the
/// queue is empty. Jobs per second = jobs / time from the first claim to the last ack.
struct QueueBench {
    let configuration: PostgresStoreConfiguration
    let logger: Logger

    func measure(jobs: Int, workers: Int, batch: Int) async throws -> (seconds: Double, jobs: Int) {
        let store = try await PostgresScanStore.open(configuration, logger: logger)
        let run = try await enqueue(jobs, in: store)
        var handles: [PostgresScanStore] = []
        for _ in 0..<workers {
            var own = configuration
            own.maximumConnections = 1
            handles.append(try await PostgresScanStore.open(own, logger: logger))
        }
        let start = ContinuousClock.now
        let done = try await withThrowingTaskGroup(of: Int.self) { group in
            for (index, handle) in handles.enumerated() {
                group.addTask { try await drain(handle, worker: "bench-\(index)", batch: batch) }
            }
            return try await group.reduce(0, +)
        }
        let seconds = (ContinuousClock.now - start).seconds
        let ended = try await store.run(run, tenant: Tenant.defaultID)
        guard done == jobs, ended?.status == .completed else {
            throw ScanError(
                .internalError,
                "queue bench acknowledged \(done) of \(jobs) jobs, run \(String(describing: ended?.status))"
            )
        }
        return (seconds, done)
    }

    /// A run whose enumeration lists `count` objects, so `count` scan jobs wait.
    private func enqueue(_ count: Int, in store: PostgresScanStore) async throws -> Identifier<ScanRun> {
        let name = "queue-bench-\(UUID().uuidString.prefix(8).lowercased())"
        let source = DataSource(name: name, kind: .filesystem, location: "/nonexistent", createdAt: Date())
        try await store.save(source)
        let definition = ScanDefinition(name: name, sourceID: source.id, createdAt: Date())
        try await store.save(definition)
        let run = try await store.startRun(definitionID: definition.id, tenant: Tenant.defaultID, at: Date()).run
        let pageSize = 5_000
        for start in stride(from: 0, to: count, by: pageSize) {
            let request = ClaimRequest(worker: "lister", kinds: [.enumerate], limit: 1, now: Date(), sources: [name])
            guard let lister = try await store.claimJobs(request).first else {
                throw ScanError(.internalError, "no enumeration job to complete")
            }
            let end = min(count, start + pageSize)
            let objects = (start..<end).map { ObjectRef(path: "noop/\($0)", kind: .file, size: 0) }
            let page = EnumerationPage(objects: objects, nextCursor: end < count ? String(end) : nil)
            try await store.completeEnumeration(lister, worker: "lister", page: page, at: Date())
        }
        return run.id
    }

    private func drain(_ store: PostgresScanStore, worker: String, batch: Int) async throws -> Int {
        var done = 0
        while true {
            let request = ClaimRequest(worker: worker, kinds: [.scan], limit: batch, now: Date(), leaseDuration: 60)
            let jobs = try await store.claimJobs(request)
            guard !jobs.isEmpty else { return done }
            done += try await store.acknowledge(jobs, worker: worker, at: Date()).count
        }
    }
}
