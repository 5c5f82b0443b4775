import Yams

/// The body of `POST /rulesets/{id}/rules` and `PUT /rulesets/{id}/rules/{rule_id}`: a
/// custom rule with the keys of a rule-set document's `custom_rules` entries.
///
/// Values are checked by re-parsing the edited document, so the API accepts exactly what
/// a document accepts.
struct CustomRuleInput: APIInput {
    enum Fields: String, CodingKey, CaseIterable {
        case id, name, category, severity, type, regex, words, validator, context, confidence, summary
        case caseInsensitive = "case_insensitive"
        case contextDistance = "context_distance"
        case requiresContext = "requires_context"
        case columnNames = "column_names"
    }

    var id: String?
    var name: String?
    var category: String?
    var severity: String?
    var type: String?
    var regex: String?
    var caseInsensitive: Bool?
    var words: [String]?
    var validator: String?
    var context: [String]?
    var contextDistance: Int?
    var requiresContext: Bool?
    var columnNames: [String]?
    var confidence: Double?
    var summary: String?

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Fields.self)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        category = try container.decodeIfPresent(String.self, forKey: .category)
        severity = try container.decodeIfPresent(String.self, forKey: .severity)
        type = try container.decodeIfPresent(String.self, forKey: .type)
        regex = try container.decodeIfPresent(String.self, forKey: .regex)
        caseInsensitive = try container.decodeIfPresent(Bool.self, forKey: .caseInsensitive)
        words = try container.decodeIfPresent([String].self, forKey: .words)
        validator = try container.decodeIfPresent(String.self, forKey: .validator)
        context = try container.decodeIfPresent([String].self, forKey: .context)
        contextDistance = try container.decodeIfPresent(Int.self, forKey: .contextDistance)
        requiresContext = try container.decodeIfPresent(Bool.self, forKey: .requiresContext)
        columnNames = try container.decodeIfPresent([String].self, forKey: .columnNames)
        confidence = try container.decodeIfPresent(Double.self, forKey: .confidence)
        summary = try container.decodeIfPresent(String.self, forKey: .summary)
    }

    /// The rule as a YAML mapping with the given id, keys in document order.
    func node(id: String) -> Node {
        var pairs: [(Node, Node)] = [(Node("id"), Node(id))]
        func add(_ field: Fields, _ value: Node?) {
            if let value { pairs.append((Node(field.rawValue), value)) }
        }
        add(.name, name.map { Node($0) })
        add(.category, category.map { Node($0) })
        add(.severity, severity.map { Node($0) })
        add(.type, type.map { Node($0) })
        add(.regex, regex.map { Node($0, .implicit, .singleQuoted) })
        add(.caseInsensitive, caseInsensitive.map { Node($0 ? "true" : "false") })
        add(.words, words.map(Self.list))
        add(.validator, validator.map { Node($0) })
        add(.context, context.map(Self.list))
        add(.contextDistance, contextDistance.map { Node(String($0)) })
        add(.requiresContext, requiresContext.map { Node($0 ? "true" : "false") })
        add(.columnNames, columnNames.map(Self.list))
        add(.confidence, confidence.map { Node(String($0)) })
        add(.summary, summary.map { Node($0) })
        return Node(pairs)
    }

    private static func list(_ values: [String]) -> Node {
        Node(values.map { Node($0) })
    }
}
