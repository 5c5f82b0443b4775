/// The answer of `POST /findings/triage`: which findings changed and which were not found.
public struct BulkTriageResult: Decodable, Sendable, Hashable {
    /// The ids of the findings triaged.
    public var updated: [Int64]
    /// The ids that matched no finding of the caller's tenant.
    public var notFound: [Int64]

    enum CodingKeys: String, CodingKey {
        case updated
        case notFound = "not_found"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        updated = container.lenient(.updated) ?? []
        notFound = container.lenient(.notFound) ?? []
    }
}

/// The answer of `POST /rulesets/validate`.
public struct DocumentValidation: Decodable, Sendable, Hashable {
    /// One problem in the document.
    public struct Problem: Decodable, Sendable, Hashable {
        /// What is wrong.
        public var message: String
        /// Where, when known.
        public var line: Int?
        public var column: Int?
        /// The rule or key at fault, e.g. `rules[2].pattern`.
        public var path: String?

        /// `line:column: path: message`, leaving out what is unknown.
        public var summary: String {
            let place = [line.map(String.init), column.map(String.init)].compactMap { $0 }.joined(separator: ":")
            return [place.isEmpty ? nil : place, path, message].compactMap { $0 }.joined(separator: ": ")
        }
    }

    /// Whether the document is valid.
    public var valid: Bool
    /// Its problems, empty when valid.
    public var errors: [Problem]

    enum CodingKeys: String, CodingKey {
        case valid, errors
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        valid = try container.decode(Bool.self, forKey: .valid)
        errors = container.lenient(.errors) ?? []
    }
}
