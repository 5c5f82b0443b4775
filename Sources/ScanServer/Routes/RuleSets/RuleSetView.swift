import Foundation
import ScanCore

/// A rule set as the API shows it; `document` (the latest version) only on single reads.
struct RuleSetView: Encodable, Sendable {
    var id: String
    var name: String
    var description: String
    var latestVersion: Int
    var createdAt: Date
    var updatedAt: Date
    var document: String?

    init(_ record: RuleSetRecord, document: String? = nil) {
        id = record.id.rawValue
        name = record.name
        description = record.description
        latestVersion = record.latestVersion
        createdAt = record.createdAt
        updatedAt = record.updatedAt
        self.document = document
    }
}

/// The answer of `POST /rulesets/validate`.
struct DocumentValidation: Encodable, Sendable {
    var valid: Bool
    var errors: [DocumentProblem]
}
