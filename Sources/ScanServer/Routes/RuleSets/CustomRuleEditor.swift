import Yams

/// Edits the `custom_rules` list of a rule-set document through Yams' node tree, leaving
/// every other key as it was.
///
/// - Important: Serializing a node tree drops the document's comments and may change its
///   quoting; the result is re-parsed with ``RuleDocument/parse(_:field:)`` before it is saved.
struct CustomRuleEditor {
    private var root: Node.Mapping

    /// Reads a stored document; an empty document becomes an empty mapping.
    init(document: String) throws {
        guard let node = try Yams.compose(yaml: document) else {
            root = Node.Mapping([])
            return
        }
        guard let mapping = node.mapping else {
            throw APIProblem.invalid("document", "the rule set document is not a mapping")
        }
        root = mapping
    }

    /// The rule nodes, in document order.
    var rules: [Node] {
        root["custom_rules"]?.sequence.map(Array.init) ?? []
    }

    /// The position of the rule with `id`.
    func index(of id: String) -> Int? {
        rules.firstIndex { $0.mapping?["id"]?.scalar?.string == id }
    }

    /// Appends a rule and returns its position.
    mutating func append(_ rule: Node) -> Int {
        var list = rules
        list.append(rule)
        store(list)
        return list.count - 1
    }

    /// Replaces the rule at `index`.
    mutating func replace(at index: Int, with rule: Node) {
        var list = rules
        list[index] = rule
        store(list)
    }

    /// Removes the rule at `index`; the key goes when the list becomes empty.
    mutating func remove(at index: Int) {
        var list = rules
        list.remove(at: index)
        store(list)
    }

    /// The edited document.
    func serialized() throws -> String {
        try Yams.serialize(node: .mapping(root))
    }

    private mutating func store(_ list: [Node]) {
        root["custom_rules"] = list.isEmpty ? nil : Node(list)
    }
}
