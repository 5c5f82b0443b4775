import ScanCore

@testable import ScanRules

/// Small classifiers and helpers for the matching tests; the real catalog is tested elsewhere.
enum MatchingFixtures {
    /// A classifier with test defaults.
    static func classifier(
        _ id: String,
        _ matcher: Matcher,
        validator: Validator? = nil,
        keywords: [String] = [],
        distance: Int = 32,
        requiresContext: Bool = false,
        columnNames: [String] = [],
        baseConfidence: Double = 0.5,
        allowList: Set<String> = []
    ) -> Classifier {
        Classifier(
            id: id,
            name: id,
            category: .pii,
            severity: .medium,
            matcher: matcher,
            validator: validator,
            contextKeywords: keywords,
            contextDistance: distance,
            requiresContext: requiresContext,
            columnNames: columnNames,
            baseConfidence: baseConfidence,
            allowList: allowList
        )
    }

    /// A US SSN shape: 9 digits, `3-2-4` when separated by spaces or dashes.
    static let ssnShape = DigitShape(digits: 9...9, groups: [3, 2, 4], separators: " -")
    /// A payment card shape: 13 to 19 digits in any grouping.
    static let cardShape = DigitShape(digits: 13...19, separators: " -")
    /// A simple e-mail pattern.
    static let email = Matcher.pattern("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}")

    /// The Luhn check, written here so the tests do not depend on the catalog's validators.
    static let luhn = Validator(name: "luhn") { digits in
        var sum = 0
        for (position, byte) in digits.reversed().enumerated() {
            var digit = Int(byte - UInt8(ascii: "0"))
            if position % 2 == 1 {
                digit *= 2
                if digit > 9 { digit -= 9 }
            }
            sum += digit
        }
        return sum % 10 == 0
    }

    /// Scans `text` and returns each match as (rule id, matched text).
    static func scan(_ engine: RuleEngine, _ text: String) -> [(rule: String, value: String)] {
        let bytes = Array(text.utf8)
        return engine.scan(bytes).map { match in
            (match.ruleID, String(decoding: bytes[match.valueStart..<match.valueEnd], as: UTF8.self))
        }
    }

    /// The matched texts of `text` for a single classifier.
    static func values(_ classifier: Classifier, in text: String) throws -> [String] {
        scan(try RuleEngine(classifiers: [classifier]), text).map(\.value)
    }
}
