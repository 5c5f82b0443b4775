/// Confirms that a candidate is real: a check digit, a structure, enough entropy.
///
/// The closure receives the matched bytes (for digit shapes: the digits only, separators
/// removed) and must be pure and fast; it runs once per candidate.
public struct Validator: Sendable {
    /// A stable name shown in explanations (`luhn`, `iban_mod97`).
    public let name: String
    private let check: @Sendable (ArraySlice<UInt8>) -> Bool

    /// Creates a validator.
    public init(name: String, _ check: @escaping @Sendable (ArraySlice<UInt8>) -> Bool) {
        self.name = name
        self.check = check
    }

    /// Whether `candidate` passes.
    public func isValid(_ candidate: ArraySlice<UInt8>) -> Bool { check(candidate) }
}
