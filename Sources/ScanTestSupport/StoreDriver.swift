public import Foundation
public import ScanCore

/// Drives a store through the pipeline without connectors or rules, so store tests can
/// exercise whole runs: pages and per-object results come from closures.
public struct StoreDriver: Sendable {
    /// The page listed for a cursor.
    public typealias Pages = @Sendable (String?) -> EnumerationPage
    /// The result of scanning an object.
    public typealias Results = @Sendable (ObjectRef) -> ObjectResult

    private let store: any ScanStore
    private let worker: String
    private let pages: Pages
    private let results: Results

    /// Creates a driver.
    public init(
        store: any ScanStore,
        worker: String = "test-worker",
        pages: @escaping Pages,
        results: @escaping Results
    ) {
        self.store = store
        self.worker = worker
        self.pages = pages
        self.results = results
    }

    /// Claims and completes jobs until none is ready; returns how many ran.
    @discardableResult
    public func drain(at now: Date = Fixtures.epoch, limit: Int = 10_000) async throws -> Int {
        var count = 0
        while count < limit {
            let jobs = try await store.claimJobs(ClaimRequest(worker: worker, limit: 8, now: now))
            guard !jobs.isEmpty else { break }
            for job in jobs { try await complete(job, at: now) }
            count += jobs.count
        }
        return count
    }

    /// Completes one claimed job the way the engine would.
    public func complete(_ job: Job, at now: Date = Fixtures.epoch) async throws {
        switch job.payload {
        case .enumerate(let cursor):
            try await store.completeEnumeration(job, worker: worker, page: pages(cursor), at: now)
        case .scan(let object):
            try await store.completeScan(job, worker: worker, result: results(object), at: now)
        case .finalize:
            try await store.completeFinalize(job, worker: worker, policy: nil, at: now)
        case .act:
            try await store.completeAct(job, worker: worker, events: [], at: now)
        }
    }

    /// Pages of `size` objects over `paths`, with the index of the next object as cursor.
    public static func pages(_ paths: [String], size: Int) -> Pages {
        { cursor in
            let start = cursor.flatMap(Int.init) ?? 0
            let end = min(paths.count, start + size)
            let objects = paths[start..<end].map { Fixtures.object($0) }
            return EnumerationPage(objects: objects, nextCursor: end < paths.count ? String(end) : nil)
        }
    }
}
