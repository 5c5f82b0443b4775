import ScanCore
import Testing

@testable import ScanRules

struct MatchingDigitTests {
    static let ssn = MatchingFixtures.classifier("test.ssn", .digits(MatchingFixtures.ssnShape))
    static let card = MatchingFixtures.classifier(
        "test.card",
        .digits(MatchingFixtures.cardShape),
        validator: MatchingFixtures.luhn
    )

    @Test(arguments: [
        ("SSN 123-45-6789.", ["123-45-6789"]),
        ("ssn: 123 45 6789", ["123 45 6789"]),
        ("(123456789)", ["123456789"]),
        ("2024 123-45-6789", ["123-45-6789"]),
        ("123-45-6789,987-65-4321", ["123-45-6789", "987-65-4321"]),
        ("x123-45-6789", []),
        ("123-45-6789z", []),
        ("123-45-67890", []),
        ("123-456-789", []),
        ("123 45-6789", []),
        ("1234567890", []),
    ])
    func findsSocialSecurityNumberShapes(text: String, expected: [String]) throws {
        #expect(try MatchingFixtures.values(Self.ssn, in: text) == expected)
    }

    @Test(arguments: [
        ("card 4111 1111 1111 1111 ok", ["4111 1111 1111 1111"]),
        ("card 4111-1111-1111-1111", ["4111-1111-1111-1111"]),
        ("card=4111111111111111;", ["4111111111111111"]),
        ("41111111111111111111", []),
        ("card4111111111111111", []),
        ("4111111111111111abc", []),
        ("4111111111111112", []),
    ])
    func findsCardShapesThatPassTheValidator(text: String, expected: [String]) throws {
        #expect(try MatchingFixtures.values(Self.card, in: text) == expected)
    }

    @Test func validatorSeesDigitsWithoutSeparators() throws {
        let seen = Validator(name: "spy") { digits in
            digits.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } && digits.count == 9
        }
        let classifier = MatchingFixtures.classifier(
            "test.ssn",
            .digits(MatchingFixtures.ssnShape),
            validator: seen
        )
        #expect(try MatchingFixtures.values(classifier, in: "a 123-45-6789 b") == ["123-45-6789"])
    }

    @Test func prefixIsPartOfTheValue() throws {
        let phone = MatchingFixtures.classifier("test.phone", .digits(DigitShape(digits: 11...15, prefixes: ["+"])))
        #expect(try MatchingFixtures.values(phone, in: "call +14155550100 now") == ["+14155550100"])
        #expect(try MatchingFixtures.values(phone, in: "call 14155550100 now") == ["14155550100"])
    }

    @Test func ungroupedValuesCanBeRefused() throws {
        let shape = DigitShape(digits: 9...9, groups: [3, 2, 4], separators: "-", allowsUngrouped: false)
        let classifier = MatchingFixtures.classifier("test.strict", .digits(shape))
        #expect(try MatchingFixtures.values(classifier, in: "123456789 123-45-6789") == ["123-45-6789"])
    }

    @Test func allDigitClassifiersShareOnePass() throws {
        // Given two digit classifiers and a pattern classifier in one engine
        let engine = try RuleEngine(classifiers: [
            Self.ssn, Self.card, MatchingFixtures.classifier("test.email", MatchingFixtures.email),
        ])
        // When scanning text with all three kinds
        let text = "ssn 123-45-6789, card 4111 1111 1111 1111, mail jane@example.com"
        let found = MatchingFixtures.scan(engine, text)
        // Then each classifier reports its own value, in buffer order
        #expect(found.map(\.rule) == ["test.ssn", "test.card", "test.email"])
        #expect(found.map(\.value) == ["123-45-6789", "4111 1111 1111 1111", "jane@example.com"])
    }
}
