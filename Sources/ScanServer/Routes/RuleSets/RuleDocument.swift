import Foundation
import HTTPTypes
import ScanCore
import ScanRules

/// Checks rule-set documents and turns their errors into answers that name `document`.
///
/// Parsing compiles each custom rule's regex on its own (``RuleSet/parse(yaml:file:)`` does
/// it per rule), never the whole built-in catalog, so a check costs milliseconds.
enum RuleDocument {
    /// The file name errors mention: `document:3:7: scope.paths: expected a mapping`.
    static let fileName = "document"
    /// The largest document accepted, in bytes.
    static let maxSize = 256 * 1024

    /// The rule set the document describes; scan definitions check their inline `rule_set`
    /// through here too, so both answer the same way.
    /// - Throws: 422 naming `field` with the position (`field:LINE:COLUMN`) and key path.
    @discardableResult
    static func parse(_ document: String, field: String = fileName) throws -> RuleSet {
        do {
            return try parseOrThrow(document, file: field)
        } catch let error as ScanError where isDocumentError(error) {
            throw APIProblem(
                status: .unprocessableContent,
                title: "Invalid Rule Set",
                detail: describe(error),
                field: field
            )
        }
    }

    /// The problems of a document: empty when it is valid.
    static func problems(of document: String) -> [DocumentProblem] {
        do {
            _ = try parseOrThrow(document)
            return []
        } catch let error as ScanError where isDocumentError(error) {
            return [DocumentProblem(describe(error))]
        } catch {
            return [DocumentProblem(message: "the document could not be read")]
        }
    }

    /// The message and detail of a rule-set error, as shown to the author.
    static func describe(_ error: ScanError) -> String {
        error.detail.map { "\(error.message): \($0)" } ?? error.message
    }

    private static func parseOrThrow(_ document: String, file: String = fileName) throws -> RuleSet {
        guard document.utf8.count <= maxSize else {
            throw ScanError(.invalidRuleSet, "\(file): the document is larger than \(maxSize) bytes")
        }
        return try RuleSet.parse(yaml: document, file: file)
    }

    private static func isDocumentError(_ error: ScanError) -> Bool {
        error.code == .invalidRuleSet || error.code == .invalidRule
    }
}

/// One problem of a rule-set document, split into its position, key path and message.
struct DocumentProblem: Encodable, Sendable, Hashable {
    var message: String
    var line: Int?
    var column: Int?
    var path: String?

    init(message: String, line: Int? = nil, column: Int? = nil, path: String? = nil) {
        self.message = message
        self.line = line
        self.column = column
        self.path = path
    }

    /// Splits `document:LINE:COLUMN: path: message` as ``RuleSet/parse(yaml:file:)`` writes it.
    init(_ text: String) {
        var rest = Substring(text)
        if rest.hasPrefix("\(RuleDocument.fileName):") { rest = rest.dropFirst(RuleDocument.fileName.count + 1) }
        var numbers: [Int] = []
        while numbers.count < 2, let colon = rest.firstIndex(of: ":"), let number = Int(rest[..<colon]) {
            numbers.append(number)
            rest = rest[rest.index(after: colon)...]
        }
        rest = rest.drop { $0 == " " }
        var path: String?
        if let separator = rest.range(of: ": "),
            rest[..<separator.lowerBound].allSatisfy({ $0.isLetter || $0.isNumber || "._-[]".contains($0) }),
            !rest[..<separator.lowerBound].isEmpty
        {
            path = String(rest[..<separator.lowerBound])
            rest = rest[separator.upperBound...]
        }
        self.init(
            message: String(rest),
            line: numbers.first,
            column: numbers.count > 1 ? numbers[1] : nil,
            path: path
        )
    }
}
