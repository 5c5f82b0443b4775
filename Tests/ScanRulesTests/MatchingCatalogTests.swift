import ScanCore
import Testing

@testable import ScanRules

/// The engine against the built-in catalog, which is tested for content elsewhere.
struct MatchingCatalogTests {
    @Test func builtinCatalogCompilesIntoOneEngine() throws {
        // Given every built-in classifier, When compiling, Then nothing is rejected
        let engine = try RuleEngine(classifiers: BuiltinClassifiers.all)
        #expect(engine.classifiers.count == BuiltinClassifiers.all.count)
        // And an obviously fake address is found by the e-mail rule
        let found = MatchingFixtures.scan(engine, "contact: jane.doe@example.com")
        #expect(found.contains { $0.rule == "pii.email" && $0.value == "jane.doe@example.com" })
    }
}
