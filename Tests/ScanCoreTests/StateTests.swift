import Foundation
import ScanCore
import Testing

struct StateTests {
    @Test func runStatusTransitionsFollowTheLifeCycle() {
        #expect(RunStatus.pending.canTransition(to: .running))
        #expect(RunStatus.running.canTransition(to: .completed))
        #expect(RunStatus.running.canTransition(to: .cancelled))
        #expect(!RunStatus.completed.canTransition(to: .running))
        #expect(!RunStatus.cancelled.canTransition(to: .completed))
        #expect(!RunStatus.pending.canTransition(to: .completed))
        #expect(RunStatus.allCases.filter(\.isActive) == [.pending, .running])
    }

    @Test func retryDelaysGrowAndStopAtTheCap() {
        let policy = RetryPolicy(baseDelay: 1, maxDelay: 60, jitter: 0)

        #expect(policy.delay(afterAttempt: 1, unit: 0.5) == 1)
        #expect(policy.delay(afterAttempt: 2, unit: 0.5) == 2)
        #expect(policy.delay(afterAttempt: 5, unit: 0.5) == 16)
        #expect(policy.delay(afterAttempt: 30, unit: 0.5) == 60)
        #expect(policy.delay(afterAttempt: 200, unit: 0.5) == 60)
    }

    @Test func jitterSpreadsDelaysWithinItsFraction() {
        let policy = RetryPolicy(baseDelay: 10, maxDelay: 100, jitter: 0.5)

        #expect(policy.delay(afterAttempt: 1, unit: 0) == 5)
        #expect(policy.delay(afterAttempt: 1, unit: 0.999) > 9.9)
    }

    @Test(arguments: [
        ObjectOutcome.clean, .findings, .unableToScan(reason: "x"), .fetchFailed(reason: "y"), .timeout,
        .unsupportedType(reason: "binary"), .policyBlocked(reason: "size"),
    ])
    func outcomesRoundTripThroughTheirStoredName(outcome: ObjectOutcome) {
        #expect(ObjectOutcome(name: outcome.name, reason: outcome.reason) == outcome)
    }

    @Test func scanErrorDescriptionsCarryNoDetail() {
        let error = ScanError(.connectionFailed, "cannot connect to db.example:5432", detail: "password=hunter2")

        #expect(!error.description.contains("hunter2"))
        #expect(error.debugDescription.contains("hunter2"))
    }
}
