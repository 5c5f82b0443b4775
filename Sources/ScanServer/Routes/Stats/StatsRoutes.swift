import Hummingbird
import ScanCore

/// `GET /api/v1/stats`: totals for dashboards.
struct StatsRoutes: APIRoutes {
    let environment: ServerEnvironment

    func register(on group: RouterGroup<APIContext>) {
        group.get("stats") { _, context in try await stats(context) }
    }

    private func stats(_ context: APIContext) async throws -> Response {
        let principal = try context.require(.read)
        return try JSONResponse.make(StatsView(try await environment.store.stats(tenant: principal.tenantID)))
    }
}

/// ``ControlStats`` with string keys, so every total encodes as a JSON object
/// (a dictionary keyed by an enum would encode as an array of alternating keys and values).
struct StatsView: Encodable, Sendable {
    var openFindingsBySeverity: [String: Int]
    var openFindingsByCategory: [String: Int]
    var openFindingsBySource: [String: Int]
    var findingsByTriage: [String: Int]
    var assetsByClassification: [String: Int]
    var runsByStatus: [String: Int]

    init(_ stats: ControlStats) {
        openFindingsBySeverity = Self.keyed(stats.openFindingsBySeverity)
        openFindingsByCategory = Self.keyed(stats.openFindingsByCategory)
        openFindingsBySource = stats.openFindingsBySource
        findingsByTriage = Self.keyed(stats.findingsByTriage)
        assetsByClassification = stats.assetsByClassification
        runsByStatus = Self.keyed(stats.runsByStatus)
    }

    private static func keyed<Key: RawRepresentable>(_ counts: [Key: Int]) -> [String: Int]
    where Key.RawValue == String {
        Dictionary(uniqueKeysWithValues: counts.map { ($0.key.rawValue, $0.value) })
    }
}
