public import ScanCore

/// What executing a run's jobs needs: its definition, source, connector and rules.
public struct RunResources: Sendable {
    /// The run's definition.
    public var definition: ScanDefinition
    /// The source it scans.
    public var source: DataSource
    /// An open connector to the source.
    public var connector: any Connector
    /// The compiled rules.
    public var rules: RuleProfile

    /// The scope enumeration uses: the definition's, narrowed by the rule set's.
    public var scope: ScopeFilter {
        ScopeFilter(
            include: definition.scope.include + rules.scope.include,
            exclude: definition.scope.exclude + rules.scope.exclude
        )
    }

    /// Creates resources.
    public init(definition: ScanDefinition, source: DataSource, connector: any Connector, rules: RuleProfile) {
        self.definition = definition
        self.source = source
        self.connector = connector
        self.rules = rules
    }
}
