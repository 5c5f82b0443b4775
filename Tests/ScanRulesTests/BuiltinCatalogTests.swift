import Foundation
import ScanCore
import ScanRules
import Testing

/// Every built-in classifier finds its samples and ignores their look-alikes, through the real engine.
struct BuiltinCatalogTests {
    /// One engine for the whole suite: compiling the catalog is the expensive part.
    static let engine = try! RuleEngine(classifiers: BuiltinClassifiers.all)
    static let byID = Dictionary(uniqueKeysWithValues: BuiltinClassifiers.all.map { ($0.id, $0) })

    @Test func catalogHasAtLeastSixtyUniqueClassifiers() {
        let ids = BuiltinClassifiers.all.map(\.id)
        #expect(ids.count >= 60)
        #expect(Set(ids).count == ids.count)
    }

    @Test func everyClassifierHasPositiveAndNegativeSamples() {
        let sampled = Dictionary(grouping: ClassifierSamples.all, by: \.id)
        for classifier in BuiltinClassifiers.all {
            let samples = sampled[classifier.id] ?? []
            #expect(samples.count == 1, "\(classifier.id) needs exactly one sample entry")
            #expect(samples.first?.matches.isEmpty == false, "\(classifier.id) has no positive sample")
            #expect(samples.first?.misses.isEmpty == false, "\(classifier.id) has no negative sample")
        }
        #expect(Set(sampled.keys).isSubset(of: Set(Self.byID.keys)), "samples for unknown classifiers")
    }

    @Test func everyClassifierIsDescribed() {
        for classifier in BuiltinClassifiers.all {
            let segments = classifier.id.split(separator: ".")
            #expect(segments.count == 2, "\(classifier.id) is not a dotted id")
            #expect(!classifier.summary.isEmpty && !classifier.name.isEmpty, "\(classifier.id)")
            #expect((0.0...1.0).contains(classifier.baseConfidence), "\(classifier.id)")
            #expect(classifier.columnNames.allSatisfy { $0 == $0.lowercased() }, "\(classifier.id)")
            if case .columnNameOnly = classifier.matcher {
                #expect(!classifier.columnNames.isEmpty, "\(classifier.id)")
            }
        }
    }

    /// Extract expressions run through Foundation in the engine, and custom rules are checked
    /// with it too, so every pattern must also be valid for `NSRegularExpression`.
    @Test func everyPatternCompilesWithFoundation() throws {
        for classifier in BuiltinClassifiers.all {
            guard case .pattern(let pattern, _, let extract) = classifier.matcher else { continue }
            for expression in [pattern] + (extract.map { [$0] } ?? []) {
                #expect(throws: Never.self, "\(classifier.id)") {
                    try NSRegularExpression(pattern: expression)
                }
            }
        }
    }

    @Test(arguments: ClassifierSamples.all)
    func findsPositiveSamples(_ samples: ClassifierSamples) throws {
        let classifier = try #require(Self.byID[samples.id])
        for text in samples.matches {
            #expect(Self.fires(classifier, on: text), "\(samples.id) missed: \(text)")
        }
    }

    @Test(arguments: ClassifierSamples.all)
    func ignoresLookAlikes(_ samples: ClassifierSamples) throws {
        let classifier = try #require(Self.byID[samples.id])
        for text in samples.misses {
            #expect(!Self.fires(classifier, on: text), "\(samples.id) matched look-alike: \(text)")
        }
    }

    /// Whether `classifier` reports `text`: a scan match, or for name-only rules a column verdict.
    static func fires(_ classifier: Classifier, on text: String) -> Bool {
        if case .columnNameOnly = classifier.matcher {
            let table = TableSample(
                schema: "main",
                table: "t",
                rowCount: 1,
                columns: [ColumnSample(name: text, type: "text", values: ["x"])]
            )
            return engine.classify(table, minMatchRatio: { _ in 0.3 }).contains {
                $0.classification.ruleID == classifier.id
            }
        }
        return engine.scan(Array(text.utf8)).contains { $0.ruleID == classifier.id }
    }
}
