/// One step of the store's schema, applied once and in order by each engine's migrator.
///
/// Both stores apply the same list, so a migration added here reaches SQLite and
/// PostgreSQL together.
public struct StoreMigration: Sendable {
    /// A unique, sortable identifier, recorded once the step is applied.
    public let name: String
    /// The statements, with ``SQLDialect`` type placeholders.
    public let statements: [String]

    /// The statements rendered for `dialect`.
    public func statements(for dialect: SQLDialect) -> [String] {
        statements.map(dialect.render)
    }

    /// Every migration, oldest first.
    public static let all: [StoreMigration] = [
        StoreMigration(name: CreateCoreSchema.name, statements: CreateCoreSchema.statements),
        StoreMigration(name: AddControlPlane.name, statements: AddControlPlane.statements),
        StoreMigration(name: AddScaleOut.name, statements: AddScaleOut.statements),
        StoreMigration(name: AddIngest.name, statements: AddIngest.statements),
        StoreMigration(name: AddAgents.name, statements: AddAgents.statements),
        StoreMigration(name: AddAgentPlacement.name, statements: AddAgentPlacement.statements),
    ]
}
