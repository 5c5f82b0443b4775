public import ScanCore
public import ScanRules

/// A rule set with its classifiers compiled: everything the pipeline takes from rules.
///
/// Compiled once per run per worker (Vectorscan compilation takes milliseconds).
public struct RuleProfile: Sendable {
    /// The compiled matcher.
    public var engine: RuleEngine
    /// The rule set: scope, sampling, size limit and match-ratio thresholds.
    public var ruleSet: RuleSet

    /// Creates a profile from a compiled engine and its rule set.
    public init(engine: RuleEngine, ruleSet: RuleSet = .default) {
        self.engine = engine
        self.ruleSet = ruleSet
    }

    /// Parses and compiles a rule set document, or the built-in default for `nil`.
    /// - Parameter file: the document's name, used in error messages.
    /// - Throws: `.invalidRuleSet` naming file, line and column, or `.invalidRule` naming the rule.
    public static func compile(document: String?, file: String = "rule set") throws -> RuleProfile {
        let ruleSet = try document.map { try RuleSet.parse(yaml: $0, file: file) } ?? .default
        return RuleProfile(engine: try RuleEngine(classifiers: try ruleSet.classifiers()), ruleSet: ruleSet)
    }

    /// How database rows are sampled.
    public var sampling: SamplingOptions { ruleSet.sampling }

    /// Files larger than this are recorded as `policy_blocked` without being read.
    public var maxFileSize: Int64 { Int64(ruleSet.maxFileSize) }

    /// Whether the rule set's path, file-type, schema and table filters keep `object`.
    public func includes(_ object: ObjectRef) -> Bool {
        switch object.kind {
        case .table:
            let parts = object.path.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { return true }
            return ruleSet.includesTable(schema: parts[0], table: parts[1])
        default:
            return ruleSet.includesFile(object.path)
        }
    }

    /// The table sample without the columns the rule set excludes.
    public func scoped(_ table: TableSample) -> TableSample {
        var scoped = table
        scoped.columns = table.columns.filter {
            ruleSet.includesColumn(schema: table.schema, table: table.table, column: $0.name)
        }
        return scoped
    }
}
