import Foundation
import ScanCore
import ScanTestSupport
import Testing

@testable import ScanEngine

/// A claim that leases back a job an attempt of this worker still holds: the attempt keeps
/// it, and hands the new lease on when it lets go.
struct HeldJobsTests {
    private func job(_ id: Int64, attempts: Int) -> Job {
        Job(
            id: id,
            tenantID: Tenant.defaultID,
            runID: Identifier("run"),
            kind: .scan,
            parentID: nil,
            idempotencyKey: "run/scan/\(id)",
            priority: 0,
            state: .leased,
            attempts: attempts,
            maxAttempts: 3,
            runAfter: Fixtures.epoch,
            leaseOwner: "w1",
            leaseExpiresAt: nil,
            lastError: nil,
            payload: .scan(Fixtures.object("a"))
        )
    }

    @Test func aJobClaimedBackWhileHeldIsHandedOnWhenItsAttemptEnds() {
        let held = HeldJobs()
        held.insert(job(7, attempts: 1))

        #expect(held.reclaim(job(7, attempts: 2)))
        #expect(!held.reclaim(job(8, attempts: 1)))
        let removed = held.remove(7)

        #expect(removed.reclaimed?.attempts == 2 && !removed.stoppedForCancel)
        #expect(held.remove(7).reclaimed == nil)
    }
}
