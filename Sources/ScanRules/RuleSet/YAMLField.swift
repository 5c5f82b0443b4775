import ScanCore
import Yams

/// One node of a rule-set document with the key path that led to it, so every error can
/// name the file, line, column and key (`rules.yaml:12:5: scope.paths.include: …`).
struct YAMLField {
    let node: Node
    /// Dotted key path from the document root, e.g. `sampling.rows`; empty for the root.
    let path: String
    let file: String

    /// `file:line:column` of this node, or the file alone when Yams has no position.
    var location: String { Self.location(file: file, mark: node.mark) }

    static func location(file: String, mark: Mark?) -> String {
        guard let mark else { return file }
        return "\(file):\(mark.line):\(mark.column)"
    }

    /// An `.invalidRuleSet` error located at this node.
    func error(_ message: String, code: ScanError.Code = .invalidRuleSet, detail: String? = nil) -> ScanError {
        let subject = path.isEmpty ? "" : "\(path): "
        return ScanError(code, "\(location): \(subject)\(message)", detail: detail)
    }

    /// The child fields of a mapping, rejecting keys outside `allowed` and duplicate keys.
    func mapping(allowed: [String]) throws -> [String: YAMLField] {
        guard let mapping = node.mapping else {
            throw error("expected a mapping with keys \(allowed.joined(separator: ", "))")
        }
        var fields: [String: YAMLField] = [:]
        for (keyNode, value) in mapping {
            let key = try YAMLField(node: keyNode, path: path, file: file).string()
            let childPath = path.isEmpty ? key : "\(path).\(key)"
            let keyLocation = Self.location(file: file, mark: keyNode.mark)
            guard allowed.contains(key) else {
                let known = allowed.joined(separator: ", ")
                throw ScanError(
                    .invalidRuleSet,
                    "\(keyLocation): unknown key '\(childPath)' (expected one of: \(known))"
                )
            }
            guard fields[key] == nil else {
                throw ScanError(.invalidRuleSet, "\(keyLocation): duplicate key '\(childPath)'")
            }
            fields[key] = YAMLField(node: value, path: childPath, file: file)
        }
        return fields
    }

    /// The pairs of a mapping whose keys are data (rule ids), in document order.
    func pairs() throws -> [(key: YAMLField, value: YAMLField)] {
        guard let mapping = node.mapping else { throw error("expected a mapping") }
        return mapping.map { key, value in
            let field = YAMLField(node: key, path: path, file: file)
            let name = key.scalar?.string ?? "?"
            return (field, YAMLField(node: value, path: "\(path).\(name)", file: file))
        }
    }

    /// The items of a sequence.
    func items() throws -> [YAMLField] {
        guard let sequence = node.sequence else { throw error("expected a list") }
        return sequence.enumerated().map { index, item in
            YAMLField(node: item, path: "\(path)[\(index)]", file: file)
        }
    }

    func string() throws -> String {
        guard let scalar = node.scalar else { throw error("expected a string") }
        return scalar.string
    }

    func strings() throws -> [String] {
        try items().map { try $0.string() }
    }

    func int() throws -> Int {
        guard let value = node.scalar.flatMap({ Int($0.string) }) else { throw error("expected an integer") }
        return value
    }

    func double() throws -> Double {
        guard let value = node.scalar.flatMap({ Double($0.string) }), value.isFinite else {
            throw error("expected a number")
        }
        return value
    }

    /// A number between 0 and 1.
    func ratio() throws -> Double {
        let value = try double()
        guard (0...1).contains(value) else { throw error("expected a number between 0 and 1") }
        return value
    }

    func bool() throws -> Bool {
        switch node.scalar?.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error("expected true or false")
        }
    }

    /// A value of a string enumeration, listing the accepted spellings on error.
    func choice<Value>(_ options: [String: Value]) throws -> Value {
        let text = try string()
        guard let value = options[text.lowercased()] else {
            throw error("'\(text)' is not one of \(options.keys.sorted().joined(separator: ", "))")
        }
        return value
    }
}
