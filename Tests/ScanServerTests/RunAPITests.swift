import Foundation
import HTTPTypes
import ScanCore
import ScanServer
import ScanStoreSQLite
import ScanTestSupport
import Testing

@Suite("Runs API")
struct RunAPITests {
    /// Runs every job of the store over `paths`, each object clean with 10 bytes.
    static func drain(_ store: SQLiteScanStore, paths: [String]) async throws {
        try await StoreDriver(store: store, pages: StoreDriver.pages(paths, size: 10)) {
            ObjectResult(object: $0, outcome: .clean, bytesRead: 10)
        }.drain(at: Date())
    }

    @Test func listFiltersAndPages() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            // Given two definitions, one triggered and cancelled, one running
            let first = try await client.createScan("first")
            let second = try await client.createScan("second")
            let cancelled = try await client.trigger(first)
            try await client.send(.post, "/api/v1/runs/\(cancelled)/cancel", as: "operator")
            let pending = try await client.trigger(second)

            // Then filters select runs by status, definition and source
            #expect(try await client.send(.get, "/api/v1/runs", as: "viewer").items.count == 2)
            let active = try await client.send(.get, "/api/v1/runs?status=pending,running", as: "viewer")
            #expect(active.items.map { $0["id"] as? String } == [pending])
            let byScan = try await client.send(.get, "/api/v1/runs?scan_id=\(first)", as: "viewer")
            #expect(byScan.items.map { $0["id"] as? String } == [cancelled])
            let source = try #require(try await client.send(.get, "/api/v1/scans/\(second)").string("source_id"))
            let bySource = try await client.send(.get, "/api/v1/runs?source_id=\(source)", as: "viewer")
            #expect(bySource.items.map { $0["id"] as? String } == [pending])

            // And a full page carries the cursor of the next
            let page = try await client.send(.get, "/api/v1/runs?limit=1", as: "viewer")
            #expect(page.items.count == 1)
            let cursor = try #require(page.string("next_cursor"))
            let next = try await client.send(.get, "/api/v1/runs?limit=1&before=\(cursor)", as: "viewer")
            #expect(next.items.count == 1)
            #expect(next.items.first?["id"] as? String != page.items.first?["id"] as? String)
            let last = try await client.send(.get, "/api/v1/runs?limit=5", as: "viewer")
            #expect(last.object["next_cursor"] == nil || last.object["next_cursor"] is NSNull)
        }
    }

    @Test(arguments: [("limit=0", "limit"), ("limit=501", "limit"), ("status=done", "status"), ("limit=a", "limit")])
    func badQueriesNameTheParameter(query: String, field: String) async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let reply = try await client.send(.get, "/api/v1/runs?\(query)", as: "viewer")
            #expect(reply.status == .badRequest)
            #expect(reply.string("field") == field)
        }
    }

    @Test func runShowsProgress() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let runID = try await client.trigger(try await client.createScan("docs"))
            let before = try await client.send(.get, "/api/v1/runs/\(runID)", as: "viewer")
            let pendingProgress = try #require(before.object["progress"] as? [String: Any])
            #expect(pendingProgress["percent"] == nil || pendingProgress["percent"] is NSNull)
            #expect(before.string("status") == "pending")

            try await Self.drain(api.store, paths: ["a", "b", "c"])

            let after = try await client.send(.get, "/api/v1/runs/\(runID)", as: "viewer")
            #expect(after.string("status") == "completed")
            let progress = try #require(after.object["progress"] as? [String: Any])
            #expect(progress["percent"] as? Double == 100)
            #expect(progress["enumerated"] as? Int == 3)
            #expect(progress["finalized"] as? Int == 3)
            #expect((after.object["counters"] as? [String: Any])?["bytes"] as? Int == 30)
            #expect(try await client.send(.get, "/api/v1/runs/unknown", as: "viewer").status == .notFound)
        }
    }

    @Test func cancelEndsARunOnceAndNeedsAnOperator() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let runID = try await client.trigger(try await client.createScan("docs"))
            #expect(try await client.send(.post, "/api/v1/runs/\(runID)/cancel", as: "viewer").status == .forbidden)
            #expect(try await client.send(.post, "/api/v1/runs/\(runID)/cancel", as: "agent").status == .forbidden)
            let cancelled = try await client.send(.post, "/api/v1/runs/\(runID)/cancel", as: "operator")
            #expect(cancelled.status == .ok)
            #expect(cancelled.string("status") == "cancelled")
            let again = try await client.send(.post, "/api/v1/runs/\(runID)/cancel", as: "operator")
            #expect(again.status == .conflict)
            #expect(try await client.send(.post, "/api/v1/runs/unknown/cancel").status == .notFound)
        }
    }

    @Test func objectsArePaged() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let runID = try await client.trigger(try await client.createScan("docs"))
            try await Self.drain(api.store, paths: ["a", "b", "c"])
            let first = try await client.send(.get, "/api/v1/runs/\(runID)/objects?limit=2", as: "viewer")
            #expect(first.items.map { $0["path"] as? String } == ["a", "b"])
            #expect(first.string("next_cursor") == "2")
            let rest = try await client.send(.get, "/api/v1/runs/\(runID)/objects?limit=2&offset=2", as: "viewer")
            #expect(rest.items.map { $0["path"] as? String } == ["c"])
            #expect(rest.string("next_cursor") == nil)
            let negative = try await client.send(.get, "/api/v1/runs/\(runID)/objects?offset=-1", as: "viewer")
            #expect(negative.string("field") == "offset")
        }
    }

    @Test func anotherTenantSeesNothing() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let runID = try await client.trigger(try await client.createScan("docs"))
            for (method, path) in [
                (HTTPRequest.Method.get, "/api/v1/runs/\(runID)"), (.post, "/api/v1/runs/\(runID)/cancel"),
                (.get, "/api/v1/runs/\(runID)/objects"), (.get, "/api/v1/runs/\(runID)/events"),
            ] {
                #expect(try await client.send(method, path, as: "other").status == .notFound, "\(path)")
            }
            #expect(try await client.send(.get, "/api/v1/runs", as: "other").items.isEmpty)
            #expect(try await client.send(.get, "/api/v1/runs", as: "agent").status == .forbidden)
            #expect(try await client.send(.get, "/api/v1/runs/\(runID)", as: "agent").status == .forbidden)
        }
    }
}
