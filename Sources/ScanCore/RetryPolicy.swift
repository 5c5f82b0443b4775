/// Exponential back-off with jitter, capped, for jobs that failed transiently.
public struct RetryPolicy: Sendable, Hashable {
    /// The delay before the second attempt, in seconds.
    public var baseDelay: Double
    /// The longest delay, in seconds.
    public var maxDelay: Double
    /// The fraction of the delay that is randomised (0 = none, 1 = full jitter).
    public var jitter: Double

    /// Creates a policy; the defaults suit network sources (1 s, doubling, at most 5 min).
    public init(baseDelay: Double = 1, maxDelay: Double = 300, jitter: Double = 0.5) {
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.jitter = jitter
    }

    /// The delay before retrying after `attempt` failed attempts (1-based).
    /// - Parameter unit: a random number in `0..<1`, injected so tests are deterministic.
    public func delay(afterAttempt attempt: Int, unit: Double) -> Double {
        let exponent = Double(max(0, attempt - 1))
        let raw = min(maxDelay, baseDelay * pow2(exponent))
        return raw * (1 - jitter) + raw * jitter * unit
    }

    private func pow2(_ exponent: Double) -> Double {
        exponent >= 62 ? Double.greatestFiniteMagnitude : Double(1 << Int(exponent))
    }
}
