import Testing

@testable import ScanEngine

struct ClaimPacingTests {
    private let start = ContinuousClock.now
    private let delay = Duration.milliseconds(10)

    @Test func anIdleLoopClaimsForEverySlot() {
        let pacing = ClaimPacing(concurrency: 8, delay: delay)
        #expect(pacing.shouldClaim(at: start))
        #expect(pacing.free == 8)
    }

    @Test func aSingleFreedSlotWaitsForCompanyUntilTheDelayRunsOut() {
        var pacing = ClaimPacing(concurrency: 8, delay: delay)
        pacing.claimed(8)
        #expect(!pacing.shouldClaim(at: start))
        #expect(pacing.claimDue == nil)

        pacing.finished(at: start)
        #expect(!pacing.shouldClaim(at: start + .milliseconds(9)))
        #expect(pacing.claimDue == start + delay)
        #expect(pacing.shouldClaim(at: start + delay))
    }

    @Test func halfTheSlotsFreeClaimAtOnce() {
        var pacing = ClaimPacing(concurrency: 8, delay: delay)
        pacing.claimed(8)
        for _ in 0..<3 { pacing.finished(at: start) }
        #expect(!pacing.shouldClaim(at: start))
        pacing.finished(at: start + .milliseconds(1))
        #expect(pacing.shouldClaim(at: start + .milliseconds(1)))
        #expect(pacing.free == 4)
    }

    @Test func theDelayCountsFromTheOldestFreeSlotAndRestartsAfterAClaim() {
        var pacing = ClaimPacing(concurrency: 8, delay: delay)
        pacing.claimed(8)
        pacing.finished(at: start)
        pacing.finished(at: start + .milliseconds(8))
        #expect(pacing.claimDue == start + delay)

        pacing.claimed(2)
        #expect(pacing.claimDue == nil)
        pacing.finished(at: start + .milliseconds(30))
        #expect(!pacing.shouldClaim(at: start + .milliseconds(35)))
        #expect(pacing.claimDue == start + .milliseconds(40))
    }

    @Test func aWorkerOfOneClaimsAsSoonAsItsJobEnds() {
        var pacing = ClaimPacing(concurrency: 1, delay: delay)
        pacing.claimed(1)
        #expect(!pacing.shouldClaim(at: start))
        pacing.finished(at: start)
        #expect(pacing.shouldClaim(at: start))
    }

    @Test func aShortClaimLeavesTheRestFreeToClaimAgain() {
        var pacing = ClaimPacing(concurrency: 8, delay: delay)
        pacing.claimed(3)
        #expect(pacing.free == 5)
        #expect(pacing.shouldClaim(at: start))
    }
}
