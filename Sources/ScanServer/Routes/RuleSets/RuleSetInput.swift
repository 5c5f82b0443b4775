/// The body of `POST /rulesets` and `PATCH /rulesets/{id}`; on PATCH only `name` and
/// `description` may be sent, and both are optional.
struct RuleSetInput: APIInput {
    enum Fields: String, CodingKey, CaseIterable {
        case name, description, document
    }

    var name: String?
    var description: String?
    var document: String?

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Fields.self)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        description = try container.decodeIfPresent(String.self, forKey: .description)
        document = try container.decodeIfPresent(String.self, forKey: .document)
    }

    /// Checks a description: at most 1,000 characters.
    static func checkDescription(_ description: String) throws {
        guard description.count <= 1000 else {
            throw APIProblem.invalid("description", "field 'description' must be at most 1000 characters")
        }
    }
}

/// The body of `POST /rulesets/{id}/versions` and `POST /rulesets/validate`.
struct DocumentInput: APIInput {
    enum Fields: String, CodingKey, CaseIterable {
        case document
    }

    var document: String

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Fields.self)
        document = try container.decode(String.self, forKey: .document)
    }
}

/// The body of `POST /rules/test`: one rule, a text and optionally the document defining it.
struct RuleTestInput: APIInput {
    enum Fields: String, CodingKey, CaseIterable {
        case ruleID = "rule_id"
        case text, document
    }

    var ruleID: String
    var text: String
    var document: String?

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Fields.self)
        ruleID = try container.decode(String.self, forKey: .ruleID)
        text = try container.decode(String.self, forKey: .text)
        document = try container.decodeIfPresent(String.self, forKey: .document)
    }
}
