import Foundation
import HTTPTypes
import ScanCore
import ScanRules
import ScanServer
import ScanStoreSQLite
import Testing

@Suite("Classifiers API")
struct ClassifierAPITests {
    @Test func listsEveryBuiltinAndFiltersByCategory() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let all = try await client.send(.get, "/api/v1/classifiers", as: "viewer")
            #expect(all.items.count == BuiltinClassifiers.all.count)
            let first = try #require(all.items.first)
            for key in ["id", "name", "category", "severity", "description", "kind"] {
                #expect(first[key] != nil, "missing \(key)")
            }
            let financial = try await client.send(.get, "/api/v1/classifiers?category=financial", as: "viewer")
            #expect(!financial.items.isEmpty)
            #expect(financial.items.allSatisfy { $0["category"] as? String == "financial" })
            let bad = try await client.send(.get, "/api/v1/classifiers?category=weather")
            #expect(bad.status == .badRequest)
            #expect(bad.string("field") == "category")
            #expect(try await client.send(.get, "/api/v1/classifiers", as: "agent").status == .forbidden)
        }
    }

    @Test func detailsNeverIncludeAllowListedSamples() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let detail = try await client.send(.get, "/api/v1/classifiers/pii.email", as: "viewer")
            #expect(detail.string("kind") != nil)
            #expect(detail.object["context_keywords"] as? [String] != nil)
            #expect(detail.object["column_names"] as? [String] != nil)
            for classifier in BuiltinClassifiers.all where !classifier.allowList.isEmpty {
                let reply = try await client.send(.get, "/api/v1/classifiers/\(classifier.id)", as: "viewer")
                #expect(reply.status == .ok)
                for sample in classifier.allowList {
                    #expect(!reply.text.contains(sample), "\(classifier.id) shows an allow-listed sample")
                }
            }
            #expect(try await client.send(.get, "/api/v1/classifiers/pii.nope").status == .notFound)
        }
    }
}
