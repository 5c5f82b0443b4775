import ScanCore
import Testing

@testable import ScanRules

struct MatchingContextTests {
    static func ssn(requiresContext: Bool = false, allowList: Set<String> = []) -> Classifier {
        MatchingFixtures.classifier(
            "test.ssn",
            .digits(MatchingFixtures.ssnShape),
            keywords: ["SSN", "social security"],
            distance: 16,
            requiresContext: requiresContext,
            baseConfidence: 0.5,
            allowList: allowList
        )
    }

    @Test(arguments: [
        ("Social Security: 123-45-6789", 0.65),
        ("123-45-6789 (ssn)", 0.65),
        ("id 123-45-6789", 0.5),
        ("ssn and then a lot of words: 123-45-6789", 0.5),
    ])
    func contextKeywordRaisesConfidence(text: String, confidence: Double) throws {
        let matches = try RuleEngine(classifiers: [Self.ssn()]).scan(Array(text.utf8))
        #expect(matches.count == 1)
        #expect(abs((matches.first?.confidence ?? 0) - confidence) < 1e-9)
    }

    @Test func requiredContextDropsMatchesWithoutKeyword() throws {
        let classifier = Self.ssn(requiresContext: true)
        #expect(try MatchingFixtures.values(classifier, in: "ref 123-45-6789") == [])
        #expect(try MatchingFixtures.values(classifier, in: "SSN 123-45-6789") == ["123-45-6789"])
    }

    @Test func boostIsCappedAtOne() throws {
        let classifier = MatchingFixtures.classifier(
            "test.ssn",
            .digits(MatchingFixtures.ssnShape),
            keywords: ["ssn"],
            baseConfidence: 0.95
        )
        let matches = try RuleEngine(classifiers: [classifier]).scan(Array("ssn 123-45-6789".utf8))
        #expect(matches.map(\.confidence) == [1])
    }

    @Test func allowListDropsExactValues() throws {
        let classifier = Self.ssn(allowList: ["123-45-6789"])
        #expect(try MatchingFixtures.values(classifier, in: "123-45-6789 and 987-65-4321") == ["987-65-4321"])
    }

    @Test func extractCutsTheValueOutOfTheMatch() throws {
        // Given a password rule whose value is the part after `password=`
        let classifier = MatchingFixtures.classifier(
            "test.password",
            .pattern("password\\s*[=:]\\s*\\S{8,}", caseInsensitive: true, extract: "password\\s*[=:]\\s*(\\S{8,})")
        )
        // When a generated (not real) secret appears in a config line
        let secret = "fake-" + String((0..<12).map { _ in "abcdefghjkmnpqrstuvwxyz23456789".randomElement()! })
        let text = "db.host=x\nPASSWORD = \(secret)\nother=1"
        let matches = try RuleEngine(classifiers: [classifier]).scan(Array(text.utf8))
        // Then the match points at the secret alone
        let bytes = Array(text.utf8)
        let values = matches.map { String(decoding: bytes[$0.valueStart..<$0.valueEnd], as: UTF8.self) }
        #expect(values == [secret])
    }

    @Test func contextKeywordInsideTheMatchCounts() throws {
        let classifier = MatchingFixtures.classifier(
            "test.token",
            .pattern("token=[a-z0-9]{10}", extract: "token=([a-z0-9]{10})"),
            keywords: ["token"],
            distance: 0,
            requiresContext: true
        )
        #expect(try MatchingFixtures.values(classifier, in: "token=abcdef1234") == ["abcdef1234"])
    }
}
