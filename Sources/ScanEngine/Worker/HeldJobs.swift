import Synchronization

/// The ids of the jobs a worker is executing, shared with its lease heartbeat.
final class HeldJobs: Sendable {
    private let ids = Mutex<Set<Int64>>([])

    func insert(_ id: Int64) { ids.withLock { _ = $0.insert(id) } }

    func remove(_ id: Int64) { ids.withLock { _ = $0.remove(id) } }

    var all: [Int64] { ids.withLock { Array($0) } }
}
