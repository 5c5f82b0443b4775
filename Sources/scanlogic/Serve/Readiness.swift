import ServiceLifecycle
import Synchronization

/// Whether `/readyz` answers ready: true until graceful shutdown begins.
final class Readiness: Sendable {
    private let draining = Atomic<Bool>(false)

    var isReady: Bool { !draining.load(ordering: .relaxed) }

    func markDraining() {
        draining.store(true, ordering: .relaxed)
    }
}

/// A service that only waits for graceful shutdown and marks the process as draining,
/// so load balancers stop sending traffic before the other services wind down.
struct DrainSignal: Service {
    let readiness: Readiness

    func run() async throws {
        try? await gracefulShutdown()
        readiness.markDraining()
    }
}
