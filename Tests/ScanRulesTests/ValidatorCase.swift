import ScanRules
import Testing

/// Values a validator must accept and near-miss look-alikes it must reject.
struct ValidatorCase: Sendable, CustomTestStringConvertible {
    var validator: Validator
    var valid: [String]
    var invalid: [String]

    init(_ validator: Validator, valid: [String], invalid: [String]) {
        self.validator = validator
        self.valid = valid
        self.invalid = invalid
    }

    var testDescription: String { validator.name }

    /// Runs the validator on the UTF-8 bytes of `text`.
    func accepts(_ text: String) -> Bool { validator.isValid(Array(text.utf8)[...]) }
}
