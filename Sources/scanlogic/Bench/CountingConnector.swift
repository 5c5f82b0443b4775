import ScanCore
import Synchronization

/// Wraps a database connector and counts the column values it hands to the rules, which
/// is what "sampled values per second" divides.
struct CountingConnector: Connector {
    let base: any Connector
    let counter: ValueCounter

    var kind: SourceKind { base.kind }

    func enumerate(cursor: String?, scope: ScopeFilter, pageSize: Int) async throws -> EnumerationPage {
        try await base.enumerate(cursor: cursor, scope: scope, pageSize: pageSize)
    }

    func fetch(_ object: ObjectRef) async throws -> ObjectContent {
        let content = try await base.fetch(object)
        if case .table(let table) = content {
            counter.add(table.columns.reduce(0) { $0 + $1.values.count })
        }
        return content
    }

    func close() async { await base.close() }
}

/// A count shared between the connector (which the run's cache creates) and the bench.
final class ValueCounter: Sendable {
    private let total = Atomic<Int>(0)

    /// The count so far.
    var value: Int { total.load(ordering: .relaxed) }

    /// Adds `count`.
    func add(_ count: Int) { total.add(count, ordering: .relaxed) }
}
