import ScanCore
import Testing

@testable import ScanRules

struct MatchingClassifyTests {
    static let email = MatchingFixtures.classifier(
        "test.email",
        MatchingFixtures.email,
        columnNames: ["*email*", "*mail"],
        baseConfidence: 0.8
    )
    static let card = MatchingFixtures.classifier(
        "test.card",
        .digits(MatchingFixtures.cardShape),
        validator: MatchingFixtures.luhn,
        columnNames: ["*card*"],
        baseConfidence: 0.9
    )
    static let name = MatchingFixtures.classifier("test.name", .columnNameOnly, columnNames: ["*name*"])

    static func table(_ columns: ColumnSample...) -> TableSample {
        TableSample(schema: "main", table: "people", rowCount: 100, columns: columns)
    }

    static func engine() throws -> RuleEngine {
        try RuleEngine(classifiers: [email, card, name])
    }

    @Test(arguments: [(0.5, true), (0.7, true), (0.75, false)])
    func classifiesByMatchRatio(threshold: Double, classified: Bool) throws {
        // Given 14 e-mail addresses, 6 other values and 2 nulls in a neutral column
        let values: [String?] = (0..<20).map { $0 < 14 ? "user\($0)@example.com" : "n/a \($0)" } + [nil, nil]
        let table = Self.table(ColumnSample(name: "contact", type: "TEXT", values: values))
        // When classifying with a threshold
        let verdicts = try Self.engine().classify(table) { _ in threshold }
        // Then the nulls do not count and the ratio is 14/20
        #expect(verdicts.map(\.classification.ruleID) == (classified ? ["test.email"] : []))
        guard let verdict = verdicts.first else { return }
        #expect(verdict.matchedValues == 14)
        #expect(verdict.sampledValues == 20)
        #expect(verdict.sampleMatches == Array(0..<14))
        #expect(verdict.classification.explanation == "14/20 sampled values matched test.email")
        #expect(abs(verdict.classification.confidence - 0.8 * (0.5 + 0.5 * 0.7)) < 1e-9)
    }

    @Test func zeroThresholdNeedsOneMatchingValue() throws {
        var values: [String?] = Array(repeating: "nothing here", count: 49)
        values.insert("card 4111 1111 1111 1111", at: 30)
        let table = Self.table(ColumnSample(name: "notes", type: "TEXT", values: values))
        let verdicts = try Self.engine().classify(table) { $0 == "test.card" ? 0 : 0.5 }
        #expect(verdicts.map(\.classification.ruleID) == ["test.card"])
        #expect(verdicts.first?.sampleMatches == [30])
        #expect(verdicts.first?.classification.explanation == "1/50 sampled values matched test.card (luhn)")
    }

    @Test func columnNameAloneClassifies() throws {
        let table = Self.table(
            ColumnSample(name: "Full_Name", type: "TEXT", values: ["Jane Doe", nil]),
            ColumnSample(name: "email_address", type: "TEXT", values: [nil, nil])
        )
        let verdicts = try Self.engine().classify(table) { _ in 0.5 }
        #expect(verdicts.map(\.column) == ["Full_Name", "email_address"])
        #expect(verdicts.map(\.classification.ruleID) == ["test.name", "test.email"])
        #expect(verdicts.map(\.classification.confidence) == [0.6, 0.6])
        #expect(verdicts.first?.classification.explanation == "column name 'Full_Name' matched '*name*'")
        #expect(verdicts.last?.sampledValues == 0)
    }

    @Test func valuesAndNameCombine() throws {
        let values: [String?] = ["4111-1111-1111-1111", "5500 0000 0000 0004", "none", "4111111111111111"]
        let table = Self.table(ColumnSample(name: "card_number", type: "TEXT", values: values))
        let verdict = try #require(try Self.engine().classify(table) { _ in 0.5 }.first)
        #expect(verdict.classification.ruleID == "test.card")
        #expect(verdict.classification.category == .pii)
        #expect(verdict.sampleMatches == [0, 1, 3])
        #expect(verdict.classification.confidence == 1)
        #expect(
            verdict.classification.explanation
                == "3/4 sampled values matched test.card (luhn); column name 'card_number' matched '*card*'"
        )
    }

    @Test func matchesNeverSpanTwoValues() throws {
        // Given a pattern that could match across the separator between packed values
        let classifier = MatchingFixtures.classifier("test.pair", .pattern("cd\\s+ef"))
        let engine = try RuleEngine(classifiers: [classifier])
        let split = Self.table(ColumnSample(name: "a", type: "TEXT", values: ["ab\ncd", "ef\ngh"]))
        let joined = Self.table(ColumnSample(name: "a", type: "TEXT", values: ["ab", "cd\nef"]))
        // When classifying with a zero threshold, Then only the value holding both parts matches
        #expect(engine.classify(split) { _ in 0 } == [])
        #expect(engine.classify(joined) { _ in 0 }.map(\.sampleMatches) == [[1]])
    }

    @Test func contextKeywordsStayInsideTheirValue() throws {
        let classifier = MatchingFixtures.classifier(
            "test.ssn",
            .digits(MatchingFixtures.ssnShape),
            keywords: ["ssn"],
            requiresContext: true
        )
        let engine = try RuleEngine(classifiers: [classifier])
        let table = Self.table(
            ColumnSample(name: "a", type: "TEXT", values: ["ssn", "123-45-6789", "ssn 987-65-4321"])
        )
        #expect(engine.classify(table) { _ in 0 }.map(\.sampleMatches) == [[2]])
    }

    @Test func verdictsFollowColumnThenClassifierOrder() throws {
        let table = Self.table(
            ColumnSample(name: "card_email", type: "TEXT", values: ["jane@example.com"]),
            ColumnSample(name: "username", type: "TEXT", values: ["4111111111111111"])
        )
        let verdicts = try Self.engine().classify(table) { _ in 0.5 }
        #expect(
            verdicts.map { "\($0.column)/\($0.classification.ruleID)" } == [
                "card_email/test.email", "card_email/test.card", "username/test.card", "username/test.name",
            ]
        )
    }
}
