import Foundation
import ScanCore
import Synchronization

/// A limit on how long one store call of a job may take.
///
/// A database restart can leave a call waiting on a connection that will never answer,
/// and the driver does not always give up on it. The worker's heartbeat would then extend
/// the job's lease forever, so the job would neither finish nor go to another worker. Past
/// the deadline the job stops waiting with a transient error: the attempt ends, its lease
/// is no longer extended and the job runs again. A late answer of the abandoned call is
/// harmless, because every completion checks the lease it was given.
struct StoreDeadline: Sendable {
    /// Seconds one call may take.
    let seconds: Double

    /// Runs `call`, or throws a transient `.timeout` once the deadline passes, leaving the
    /// call behind (cancelled, in case it listens).
    func run<T: Sendable>(_ what: String, _ call: @escaping @Sendable () async throws -> T) async throws -> T {
        let race = Race<T>()
        let seconds = self.seconds
        return try await withCheckedThrowingContinuation { continuation in
            race.waiter.withLock { $0 = continuation }
            let work = Task {
                let result = await Result { try await call() }
                race.timer.withLock { $0 }?.cancel()
                race.waiter.withLock { $0.take() }?.resume(with: result)
            }
            let deadline = Task {
                try? await Task.sleep(for: .seconds(seconds))
                guard !Task.isCancelled, let waiting = race.waiter.withLock({ $0.take() }) else { return }
                work.cancel()
                let shown = seconds.rounded() == seconds ? "\(Int(seconds))" : "\(seconds)"
                let message = "the store did not answer \(what) within \(shown) s"
                waiting.resume(throwing: ScanError(.timeout, message, transient: true))
            }
            race.timer.withLock { $0 = deadline }
            // The call may have ended before the timer was stored.
            if race.waiter.withLock({ $0 == nil }) { deadline.cancel() }
        }
    }
}

/// Whichever of the call and the timer ends first resumes the caller, once.
private final class Race<T: Sendable>: Sendable {
    let waiter = Mutex<CheckedContinuation<T, any Error>?>(nil)
    let timer = Mutex<Task<Void, Never>?>(nil)
}

extension Result where Failure == any Error {
    /// The value or error of an async throwing body.
    fileprivate init(catching body: () async throws -> Success) async {
        do {
            self = .success(try await body())
        } catch {
            self = .failure(error)
        }
    }
}
