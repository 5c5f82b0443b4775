import ScanCore
import ScanRules
import Testing

@testable import ScanEngine

struct OverlapResolverTests {
    private static func classifier(
        _ id: String,
        _ category: RuleCategory,
        _ severity: Severity,
        _ confidence: Double
    )
        -> Classifier
    {
        Classifier(
            id: id,
            name: id,
            category: category,
            severity: severity,
            matcher: .columnNameOnly,
            baseConfidence: confidence
        )
    }

    private let classifiers = [
        classifier("secret.github_token", .credential, .critical, 0.95),
        classifier("secret.generic_api_key", .credential, .high, 0.7),
        classifier("network.url_credentials", .network, .high, 0.9),
        classifier("pii.email", .pii, .medium, 0.9),
    ]

    private func match(_ index: Int, _ start: Int, _ end: Int) -> RuleMatch {
        RuleMatch(
            classifierIndex: index,
            ruleID: classifiers[index].id,
            valueStart: start,
            valueEnd: end,
            confidence: 1
        )
    }

    @Test func theSpecificCredentialRuleWinsOverTheGenericOne() {
        let kept = OverlapResolver.resolve([match(1, 10, 50), match(0, 10, 50)], classifiers: classifiers)

        #expect(kept.map(\.ruleID) == ["secret.github_token"])
    }

    @Test func aMatchInsideAMoreSevereOneIsDropped() {
        // The "email" is the password-and-host tail of a URL with credentials.
        let kept = OverlapResolver.resolve([match(2, 0, 60), match(3, 20, 60)], classifiers: classifiers)

        #expect(kept.map(\.ruleID) == ["network.url_credentials"])
    }

    @Test func separateMatchesAreAllKept() {
        let matches = [match(3, 0, 10), match(1, 20, 40), match(3, 50, 60), match(0, 70, 90)]

        #expect(OverlapResolver.resolve(matches, classifiers: classifiers) == matches)
    }

    @Test func manyMatchesResolveInOrder() {
        let matches = (0..<5000).map { match(3, $0 * 10, $0 * 10 + 8) }

        #expect(OverlapResolver.resolve(matches, classifiers: classifiers).count == 5000)
    }
}
