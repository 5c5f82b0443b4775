import Foundation
import HTTPTypes
import ScanCore
import ScanServer
import ScanStoreSQLite
import Testing

@Suite("Assets API")
struct AssetAPITests {
    private func seed(_ api: APIHarness) async throws -> String {
        let seed = try await CatalogFixtures.scan(
            api.store,
            objects: ["dir/a.txt": [], "dir/b.txt": [], "top.txt": []],
            assets: CatalogFixtures.tree
        )
        return seed.definition.sourceID.rawValue
    }

    @Test func browsesTheTreeOneLevelAtATime() async throws {
        let api = try await APIHarness()
        let source = try await seed(api)
        try await api.test { client async throws in
            let top = try await client.send(.get, "/api/v1/sources/\(source)/assets", as: "viewer")
            #expect(top.items.compactMap { $0["path"] as? String } == ["dir", "top.txt"])
            #expect(top.items.compactMap { $0["has_children"] as? Bool } == [true, false])
            let dir = try await client.send(.get, "/api/v1/sources/\(source)/assets?parent=dir", as: "viewer")
            #expect(dir.items.compactMap { $0["path"] as? String } == ["dir/a.txt", "dir/b.txt"])
            let classified = try #require(dir.items.first?["classifications"] as? [[String: Any]])
            #expect(classified.first?["rule_id"] as? String == "pii.email")
            let empty = try await client.send(.get, "/api/v1/sources/\(source)/assets?parent=nowhere")
            #expect(empty.items.isEmpty)
        }
    }

    @Test func readsOneAssetByPath() async throws {
        let api = try await APIHarness()
        let source = try await seed(api)
        try await api.test { client async throws in
            let one = try await client.send(.get, "/api/v1/sources/\(source)/asset?path=dir/a.txt", as: "viewer")
            #expect(one.string("kind") == "file")
            #expect((one.object["classifications"] as? [Any])?.count == 1)
            #expect(try await client.send(.get, "/api/v1/sources/\(source)/asset?path=nope").status == .notFound)
            let missing = try await client.send(.get, "/api/v1/sources/\(source)/asset")
            #expect(missing.status == .badRequest)
            #expect(missing.string("field") == "path")
        }
    }

    @Test func anotherTenantAndUnknownSourcesAre404() async throws {
        let api = try await APIHarness()
        let source = try await seed(api)
        try await api.test { client async throws in
            #expect(try await client.send(.get, "/api/v1/sources/\(source)/assets", as: "other").status == .notFound)
            let foreignAsset = try await client.send(.get, "/api/v1/sources/\(source)/asset?path=dir", as: "other")
            #expect(foreignAsset.status == .notFound)
            #expect(try await client.send(.get, "/api/v1/sources/nope/assets").status == .notFound)
            #expect(try await client.send(.get, "/api/v1/sources/\(source)/assets", as: "agent").status == .forbidden)
        }
    }
}
