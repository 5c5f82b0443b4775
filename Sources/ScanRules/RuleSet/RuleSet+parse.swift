import ScanCore
import Yams

/// Reading a rule set from YAML.
extension RuleSet {
    /// Parses a rule-set document.
    ///
    /// Unknown keys are errors, so a typo never silently widens or narrows a scan.
    /// - Parameters:
    ///   - yaml: The document text.
    ///   - file: The file name used in error messages.
    /// - Throws: ``ScanError`` with `.invalidRuleSet` naming `file:line:column` and the key
    ///   path for malformed YAML, unknown keys, wrong types and bad values; `.invalidRule`
    ///   naming the rule id for an invalid custom rule (for example a regex that does not compile).
    public static func parse(yaml: String, file: String) throws -> RuleSet {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw ScanError(.invalidRuleSet, "\(file):\(describe(error))")
        }
        guard let node else { throw ScanError(.invalidRuleSet, "\(file): the rule set is empty") }
        return try RuleSetReader(root: YAMLField(node: node, path: "", file: file)).read()
    }

    /// `line:column: problem` for a Yams error, without the document snippet Yams adds
    /// (it could quote a deny value).
    private static func describe(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return "\(mark.line):\(mark.column): \(problem)"
        case .reader(let problem, let offset, _, let yaml):
            return "\(lineAndColumn(of: offset ?? 0, in: yaml)): \(problem)"
        default:
            return " invalid YAML"
        }
    }

    private static func lineAndColumn(of offset: Int, in text: String) -> String {
        let prefix = Array(text.utf8.prefix(offset))
        let line = prefix.filter { $0 == UInt8(ascii: "\n") }.count + 1
        let column = prefix.count - (prefix.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0) + 1
        return "\(line):\(column)"
    }
}

/// Walks the document tree and builds a ``RuleSet``; one method per top-level section.
private struct RuleSetReader {
    let root: YAMLField

    static let topLevelKeys = [
        "name", "description", "classifiers", "scope", "file_types", "max_file_size", "sampling",
        "min_match_ratio", "min_match_ratio_per_rule", "allow", "deny", "custom_rules",
    ]

    func read() throws -> RuleSet {
        let fields = try root.mapping(allowed: Self.topLevelKeys)
        var ruleSet = RuleSet(name: try fields["name"]?.string() ?? "unnamed")
        _ = try fields["description"]?.string()
        if let field = fields["scope"] { try readScope(field, into: &ruleSet) }
        if let field = fields["file_types"] {
            let filter = try readFilter(field)
            ruleSet.fileTypes = ScopeFilter(
                include: filter.include.map(RuleSet.normalizedFileType),
                exclude: filter.exclude.map(RuleSet.normalizedFileType)
            )
        }
        if let field = fields["max_file_size"] { ruleSet.maxFileSize = try readSize(field) }
        if let field = fields["sampling"] { ruleSet.sampling = try readSampling(field) }
        if let field = fields["min_match_ratio"] { ruleSet.minMatchRatio = try field.ratio() }
        ruleSet.allow = try fields["allow"]?.strings() ?? []
        ruleSet.deny = try fields["deny"]?.strings() ?? []
        ruleSet.customRules = try fields["custom_rules"]?.items().map(CustomRuleReader.read) ?? []
        try checkCustomRuleIDs(ruleSet.customRules, field: fields["custom_rules"])
        let known = Set(BuiltinClassifiers.all.map(\.id) + ruleSet.customRules.map(\.id) + [RuleSet.denyRuleID])
        if let field = fields["classifiers"] {
            ruleSet.selection = try readSelection(field, customRules: ruleSet.customRules)
        }
        if let field = fields["min_match_ratio_per_rule"] {
            ruleSet.minMatchRatios = try readRatios(field, known: known)
        }
        return ruleSet
    }

    private func readScope(_ field: YAMLField, into ruleSet: inout RuleSet) throws {
        let fields = try field.mapping(allowed: ["paths", "schemas", "tables", "columns"])
        ruleSet.paths = try fields["paths"].map(readFilter) ?? ScopeFilter()
        ruleSet.schemas = try fields["schemas"].map(readFilter) ?? ScopeFilter()
        ruleSet.tables = try fields["tables"].map(readFilter) ?? ScopeFilter()
        ruleSet.columns = try fields["columns"].map(readFilter) ?? ScopeFilter()
    }

    private func readFilter(_ field: YAMLField) throws -> ScopeFilter {
        let fields = try field.mapping(allowed: ["include", "exclude"])
        return ScopeFilter(
            include: try fields["include"]?.strings() ?? [],
            exclude: try fields["exclude"]?.strings() ?? []
        )
    }

    private func readSize(_ field: YAMLField) throws -> Int {
        guard let size = ByteSize.parse(try field.string()), size > 0 else {
            throw field.error("expected a size such as 1048576, 512KB or 64MB")
        }
        return size
    }

    private func readSampling(_ field: YAMLField) throws -> SamplingOptions {
        let fields = try field.mapping(allowed: ["rows", "mode", "seed"])
        var options = SamplingOptions()
        if let rows = fields["rows"] {
            options.rows = try rows.int()
            guard options.rows > 0 else { throw rows.error("expected a positive number of rows") }
        }
        if let mode = fields["mode"] {
            options.mode = try mode.choice(
                Dictionary(uniqueKeysWithValues: SamplingOptions.Mode.allCases.map { ($0.rawValue, $0) })
            )
        }
        if let seed = fields["seed"] {
            guard let value = UInt64(try seed.string()) else { throw seed.error("expected a non-negative integer") }
            options.seed = value
        }
        return options
    }

    /// Include/exclude patterns; each must select at least one classifier, so typos surface.
    private func readSelection(_ field: YAMLField, customRules: [CustomRule]) throws -> ClassifierSelection {
        let fields = try field.mapping(allowed: ["include", "exclude"])
        let candidates = BuiltinClassifiers.all + customRules.map(\.classifier)
        var lists: [String: [String]] = [:]
        for key in ["include", "exclude"] {
            guard let list = fields[key] else { continue }
            for item in try list.items() {
                let pattern = try item.string()
                guard candidates.contains(where: { ClassifierSelection.pattern(pattern, matches: $0) }) else {
                    throw item.error("'\(pattern)' matches no classifier")
                }
                lists[key, default: []].append(pattern)
            }
        }
        return ClassifierSelection(include: lists["include"] ?? [], exclude: lists["exclude"] ?? [])
    }

    private func readRatios(_ field: YAMLField, known: Set<String>) throws -> [String: Double] {
        var ratios: [String: Double] = [:]
        for (key, value) in try field.pairs() {
            let id = try key.string()
            guard known.contains(id) else { throw key.error("unknown rule id '\(id)'") }
            ratios[id] = try value.ratio()
        }
        return ratios
    }

    private func checkCustomRuleIDs(_ rules: [CustomRule], field: YAMLField?) throws {
        guard let items = try field?.items() else { return }
        let builtins = Set(BuiltinClassifiers.all.map(\.id) + [RuleSet.denyRuleID])
        var seen = Set<String>()
        for (rule, item) in zip(rules, items) {
            guard !builtins.contains(rule.id) else {
                throw item.error("rule '\(rule.id)' has the id of a built-in rule", code: .invalidRule)
            }
            guard seen.insert(rule.id).inserted else {
                throw item.error("rule '\(rule.id)' is defined twice", code: .invalidRule)
            }
        }
    }
}
