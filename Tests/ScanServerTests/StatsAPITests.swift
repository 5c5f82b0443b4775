import Foundation
import HTTPTypes
import ScanCore
import ScanServer
import ScanStoreSQLite
import Testing

@Suite("Statistics API")
struct StatsAPITests {
    @Test func totalsAreObjectsKeyedByName() async throws {
        let api = try await APIHarness()
        try await CatalogFixtures.findings(api.store, count: 3)
        try await CatalogFixtures.findings(api.store, count: 5, tenant: APIHarness.otherTenant)
        try await api.test { client async throws in
            let stats = try await client.send(.get, "/api/v1/stats", as: "viewer")
            #expect(stats.status == .ok)
            let bySeverity = try #require(stats.object["open_findings_by_severity"] as? [String: Int])
            #expect(bySeverity == ["critical": 2, "low": 1])
            let byCategory = try #require(stats.object["open_findings_by_category"] as? [String: Int])
            #expect(byCategory == ["credential": 3])
            #expect(stats.object["findings_by_triage"] as? [String: Int] != nil)
            #expect(stats.object["assets_by_classification"] as? [String: Int] != nil)
            let runs = try #require(stats.object["runs_by_status"] as? [String: Int])
            #expect(runs.values.reduce(0, +) == 1)
            #expect((stats.object["open_findings_by_source"] as? [String: Int])?.values.reduce(0, +) == 3)
            #expect(try await client.send(.get, "/api/v1/stats", as: "agent").status == .forbidden)
        }
    }
}
