import Hummingbird
import ScanCore
import ScanRules

/// `POST /api/v1/rules/test`: runs one rule over a text and answers with redacted matches.
///
/// Only the one rule is compiled, never the whole catalog; matched values are shown only
/// as ``Redactor/preview(_:)`` renders them.
struct RuleTestRoutes: APIRoutes {
    /// The longest text accepted, in bytes.
    static let maxTextSize = 256 * 1024

    let environment: ServerEnvironment

    func register(on group: RouterGroup<APIContext>) {
        group.post("rules/test") { request, context in try await test(request, context) }
    }

    private func test(_ request: Request, _ context: APIContext) async throws -> Response {
        _ = try context.require(.read)
        let input = try await BodyDecoder.decode(RuleTestInput.self, from: request)
        guard input.text.utf8.count <= Self.maxTextSize else {
            throw APIProblem.invalid("text", "field 'text' must be at most \(Self.maxTextSize) bytes")
        }
        let classifier = try Self.classifier(input.ruleID, document: input.document)
        let bytes = Array(input.text.utf8)
        let matches = try RuleEngine(classifiers: [classifier]).scan(bytes).map { match in
            RuleTestMatch(
                start: match.valueStart,
                end: match.valueEnd,
                preview: Redactor.preview(bytes[match.valueStart..<match.valueEnd]),
                confidence: match.confidence
            )
        }
        return try JSONResponse.make(RuleTestResult(ruleID: classifier.id, matches: matches))
    }

    /// The rule from the document when one is given (its custom rules, deny list and
    /// allow list apply), else the built-in classifier.
    private static func classifier(_ ruleID: String, document: String?) throws -> Classifier {
        if let document {
            let ruleSet = try RuleDocument.parse(document)
            if let classifier = try ruleSet.classifiers().first(where: { $0.id == ruleID }) { return classifier }
            if let rule = ruleSet.customRules.first(where: { $0.id == ruleID }) { return rule.classifier }
        }
        guard let classifier = BuiltinClassifiers.classifier(id: ruleID) else {
            throw APIProblem.notFound("rule \(ruleID)")
        }
        return classifier
    }
}

/// The answer of `POST /rules/test`.
struct RuleTestResult: Encodable, Sendable {
    var ruleID: String
    var matches: [RuleTestMatch]
}

/// One match: byte offsets into the UTF-8 text, the redacted value and the confidence.
struct RuleTestMatch: Encodable, Sendable {
    var start: Int
    var end: Int
    var preview: String
    var confidence: Double
}
