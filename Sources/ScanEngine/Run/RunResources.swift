public import ScanCore

/// What executing a run's jobs needs: its definition, source, connector and rules.
public struct RunResources: Sendable {
    /// The run's definition.
    public var definition: ScanDefinition
    /// The source it scans.
    public var source: DataSource
    /// The connector the run's jobs share, or `nil` when the source caps its concurrency and
    /// each job opens one of its own (see ``RunResourceCache/withConnector(for:_:)``).
    public var connector: (any Connector)?
    /// The compiled rules.
    public var rules: RuleProfile

    /// The scope the connector enumerates: the definition's. The rule set's filters are
    /// applied to each page by ``RuleProfile/includes(_:)``.
    public var scope: ScopeFilter { definition.scope }

    /// Creates resources.
    public init(definition: ScanDefinition, source: DataSource, connector: (any Connector)?, rules: RuleProfile) {
        self.definition = definition
        self.source = source
        self.connector = connector
        self.rules = rules
    }
}
