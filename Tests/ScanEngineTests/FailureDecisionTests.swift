import Foundation
import ScanCore
import ScanEngine
import ScanTestSupport
import Testing

struct FailureDecisionTests {
    private func job(_ kind: JobKind, attempts: Int, maxAttempts: Int = 3) -> Job {
        let payload: JobPayload = kind == .scan ? .scan(Fixtures.object("a")) : .enumerate(cursor: nil)
        return Job(
            id: 1,
            tenantID: Tenant.defaultID,
            runID: Identifier("r"),
            kind: kind,
            parentID: nil,
            idempotencyKey: "k",
            priority: 0,
            state: .leased,
            attempts: attempts,
            maxAttempts: maxAttempts,
            runAfter: Fixtures.epoch,
            leaseOwner: "w",
            leaseExpiresAt: nil,
            lastError: nil,
            payload: payload
        )
    }

    private let policy = RetryPolicy(baseDelay: 2, maxDelay: 60, jitter: 0)
    private let transient = ScanError(.connectionFailed, "refused", transient: true)

    @Test func transientErrorsRetryWithBackOff() {
        let first = FailureDecision.decide(
            job: job(.scan, attempts: 1),
            error: transient,
            policy: policy,
            now: Fixtures.epoch,
            unit: 0
        )
        let second = FailureDecision.decide(
            job: job(.scan, attempts: 2),
            error: transient,
            policy: policy,
            now: Fixtures.epoch,
            unit: 0
        )

        #expect(first == .retry(at: Fixtures.epoch.addingTimeInterval(2)))
        #expect(second == .retry(at: Fixtures.epoch.addingTimeInterval(4)))
    }

    @Test func theLastAttemptRecordsTheObjectsOutcome() {
        let decision = FailureDecision.decide(
            job: job(.scan, attempts: 3),
            error: transient,
            policy: policy,
            now: Fixtures.epoch,
            unit: 0
        )

        #expect(decision == .record(.fetchFailed(reason: "refused")))
    }

    @Test(arguments: [
        (ScanError(.permissionDenied, "no"), ObjectOutcome.fetchFailed(reason: "permission denied")),
        (ScanError(.timeout, "slow"), ObjectOutcome.timeout),
        (ScanError(.notFound, "gone"), ObjectOutcome.fetchFailed(reason: "object no longer exists")),
        (ScanError(.unsupported, "format"), ObjectOutcome.unsupportedType(reason: "format")),
        (ScanError(.internalError, "bug"), ObjectOutcome.unableToScan(reason: "bug")),
    ])
    func permanentErrorsMapToCanonicalOutcomes(error: ScanError, outcome: ObjectOutcome) {
        #expect(
            FailureDecision.decide(
                job: job(.scan, attempts: 1),
                error: error,
                policy: policy,
                now: Fixtures.epoch,
                unit: 0
            ) == .record(outcome)
        )
    }

    @Test func otherStepsGiveUpAfterTheirLastAttempt() {
        let decision = FailureDecision.decide(
            job: job(.enumerate, attempts: 5, maxAttempts: 5),
            error: transient,
            policy: policy,
            now: Fixtures.epoch,
            unit: 0
        )

        #expect(decision == .giveUp)
    }
}
