import ScanCore
import Testing

@testable import ScanRules

struct MatchingVectorscanTests {
    @Test func compilesManyPatternsAndReportsStartOffsets() throws {
        // Given two patterns in one database
        let database = try VectorscanDatabase(patterns: [
            VectorscanPattern(expression: "abc", caseInsensitive: false, owner: "test.abc"),
            VectorscanPattern(expression: "\\d{3}-\\d{4}", caseInsensitive: false, owner: "test.phone"),
        ])
        // When scanning a buffer
        let bytes = Array("xx abc 555-1234 ABC".utf8)
        let hits = bytes.withUnsafeBytes { LeftmostLongest.reduce(database.scan($0)) }
        // Then both are found with exact starts, and case matters
        #expect(database.exactStarts == [true, true])
        #expect(hits == [PatternHit(pattern: 0, start: 3, end: 6), PatternHit(pattern: 1, start: 7, end: 15)])
    }

    @Test func caseInsensitivePatternsIgnoreCase() throws {
        let classifier = MatchingFixtures.classifier("test.abc", .pattern("abc", caseInsensitive: true))
        #expect(try MatchingFixtures.values(classifier, in: "abc ABC aBc") == ["abc", "ABC", "aBc"])
    }

    @Test func invalidPatternNamesItsClassifier() throws {
        let classifiers = [
            MatchingFixtures.classifier("test.good", .pattern("good")),
            MatchingFixtures.classifier("test.broken", .pattern("([a-z")),
        ]
        let error = try #require(throws: ScanError.self) { try RuleEngine(classifiers: classifiers) }
        #expect(error.code == .invalidRule)
        #expect(error.message.contains("test.broken"))
    }

    @Test func invalidExtractExpressionNamesItsClassifier() throws {
        let classifier = MatchingFixtures.classifier("test.extract", .pattern("key=\\w+", extract: "key=(\\w+"))
        let error = try #require(throws: ScanError.self) { try RuleEngine(classifiers: [classifier]) }
        #expect(error.code == .invalidRule)
        #expect(error.message.contains("test.extract"))
    }

    @Test(arguments: [
        ("[A-Z0-9]{16,}", "key AAAABBBBCCCCDDDDEEEE end", ["AAAABBBBCCCCDDDDEEEE"]),
        ("\\d{3}", "12345 678", ["123", "678"]),
        ("a+", "caaab aa", ["aaa", "aa"]),
        ("ab|abcd", "xabcdx", ["abcd"]),
        // Longer than any start-search window: the window must widen to the real start.
        ("x[a-z]+y", "1 x\(String(repeating: "a", count: 3000))y 2", ["x\(String(repeating: "a", count: 3000))y"]),
        // A window edge inside a word must not look like a word boundary.
        ("\\b[0-9]{3}\\b", "123456 789", ["789"]),
    ])
    func keepsLeftmostLongestNonOverlappingMatches(pattern: String, text: String, expected: [String]) throws {
        let classifier = MatchingFixtures.classifier("test.run", .pattern(pattern))
        #expect(try MatchingFixtures.values(classifier, in: text) == expected)
    }

    @Test func recoversStartsWhenStartTrackingIsUnsupported() throws {
        // Given a pattern Vectorscan rejects with leftmost start tracking ("Pattern is too large")
        let pattern = VectorscanPattern(
            expression: "[a-z]{2,}.{0,40}x.{0,40}y",
            caseInsensitive: false,
            owner: "test.wide"
        )
        let database = try VectorscanDatabase(patterns: [pattern])
        #expect(database.exactStarts == [false])
        // When scanning through the engine, Then the start comes from the window regex
        let classifier = MatchingFixtures.classifier("test.wide", .pattern(pattern.expression))
        #expect(try MatchingFixtures.values(classifier, in: "12 hello then x and y. 34") == ["hello then x and y"])
        // Non-ASCII bytes before the match must not shift the recovered offsets
        #expect(try MatchingFixtures.values(classifier, in: "€ café: then x and y") == ["café: then x and y"])
    }

    @Test func dictionaryMatchesWholeWordsOnly() throws {
        let classifier = MatchingFixtures.classifier("test.health", .dictionary(["diabetes", "HIV", "c++", "a.b"]))
        let text = "Diagnosis: Diabetes; shiv hiv-positive; axb a.b c++ prediabetes"
        #expect(try MatchingFixtures.values(classifier, in: text) == ["Diabetes", "hiv", "a.b", "c++"])
    }

    @Test func caseSensitiveDictionaryRespectsCase() throws {
        let classifier = MatchingFixtures.classifier("test.word", .dictionary(["Secret"], caseInsensitive: false))
        #expect(try MatchingFixtures.values(classifier, in: "secret Secret SECRET") == ["Secret"])
    }

    @Test func columnNameOnlyMatchesNothingInContent() throws {
        let classifier = MatchingFixtures.classifier("test.name", .columnNameOnly, columnNames: ["name"])
        #expect(try MatchingFixtures.values(classifier, in: "name: Jane Doe") == [])
    }

    @Test func scanOfEmptyBufferIsEmpty() throws {
        let engine = try RuleEngine(classifiers: [MatchingFixtures.classifier("test.abc", .pattern("abc"))])
        #expect(engine.scan([UInt8]()) == [])
    }

    @Test func concurrentScansShareOneEngine() async throws {
        let engine = try RuleEngine(classifiers: [MatchingFixtures.classifier("test.email", MatchingFixtures.email)])
        let bytes = Array(String(repeating: "mail jane@example.com now ", count: 200).utf8)
        let counts = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 { group.addTask { engine.scan(bytes).count } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(counts == Array(repeating: 200, count: 8))
    }
}
