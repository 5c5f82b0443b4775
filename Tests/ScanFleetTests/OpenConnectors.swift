import ScanCore
import Synchronization

/// Counts the connectors open at once across every worker of a test, the client side of
/// the cap test: the store admits at most the cap's number of jobs, each with one connector.
final class OpenConnectors: Sendable {
    private struct Counts {
        var open = 0
        var peak = 0
    }

    private let counts = Mutex(Counts())

    /// The most connectors open at one moment.
    var peak: Int { counts.withLock { $0.peak } }

    /// Wraps a newly made connector so that its closing is counted.
    func track(_ connector: any Connector) -> any Connector {
        counts.withLock { counts in
            counts.open += 1
            counts.peak = max(counts.peak, counts.open)
        }
        return TrackedConnector(base: connector, openConnectors: self)
    }

    fileprivate func closed() {
        counts.withLock { $0.open -= 1 }
    }
}

/// A connector that tells ``OpenConnectors`` once it is closed.
private struct TrackedConnector: Connector {
    let base: any Connector
    let openConnectors: OpenConnectors

    var kind: SourceKind { base.kind }

    func enumerate(cursor: String?, scope: ScopeFilter, pageSize: Int) async throws -> EnumerationPage {
        try await base.enumerate(cursor: cursor, scope: scope, pageSize: pageSize)
    }

    func fetch(_ object: ObjectRef) async throws -> ObjectContent {
        try await base.fetch(object)
    }

    func close() async {
        await base.close()
        openConnectors.closed()
    }
}
