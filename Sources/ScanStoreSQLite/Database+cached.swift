import GRDB

/// Statement reuse for the pipeline's hot path.
///
/// Every job runs the same few statements; preparing them each time (parsing, the
/// authorizer's column checks) cost more than running them. GRDB keeps prepared
/// statements per connection, keyed by their SQL text.
extension Database {
    func executeCached(sql: String, arguments: StatementArguments = StatementArguments()) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }

    func fetchOneCached(sql: String, arguments: StatementArguments = StatementArguments()) throws -> Row? {
        try Row.fetchOne(cachedStatement(sql: sql), arguments: arguments)
    }
}
