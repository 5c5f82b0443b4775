import Foundation
import ScanCore
import Testing

@testable import ScanEngine

/// A store call that never answers ends the attempt at the deadline instead of holding
/// the job (and its ever-extended lease) forever.
struct StoreDeadlineTests {
    /// The call never returns, so getting an answer at all is the deadline's doing.
    @Test func aCallThatNeverAnswersFailsAtTheDeadlineAsTransient() async throws {
        let error = await #expect(throws: ScanError.self) {
            try await StoreDeadline(seconds: 0.2).run("the finalize") { try await Self.neverAnswer() }
        }

        #expect(error?.code == .timeout && error?.isTransient == true)
        #expect(error?.message == "the store did not answer the finalize within 0.2 s")
    }

    @Test func aCallWithinTheDeadlineGivesItsValueAndError() async throws {
        let deadline = StoreDeadline(seconds: 10)

        let value = try await deadline.run("a read") { 42 }
        #expect(value == 42)
        let error = await #expect(throws: ScanError.self) {
            try await deadline.run("a write") { throw ScanError(.leaseLost, "taken over") }
        }
        #expect(error?.code == .leaseLost)
    }

    /// Waits on a continuation nobody resumes and ignores cancellation, as a call on a
    /// connection the driver never notices is dead does.
    private static func neverAnswer() async throws {
        await withCheckedContinuation { (_: CheckedContinuation<Void, Never>) in }
    }
}
