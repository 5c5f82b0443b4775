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

    /// The scope the connector enumerates: the definition's. The rule set's filters are
    /// applied to each page by ``RuleProfile/includes(_:)``.
    public var scope: ScopeFilter { definition.scope }

    /// Creates resources.
    public init(definition: ScanDefinition, source: DataSource, connector: any Connector, rules: RuleProfile) {
        self.definition = definition
        self.source = source
        self.connector = connector
        self.rules = rules
    }
}
