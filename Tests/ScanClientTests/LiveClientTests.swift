import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ScanClient
import ScanCore
import Synchronization
import Testing

/// The client against a real HTTP server: paging, problems and a run stream that drops.
struct LiveClientTests {
    /// What the fake server saw.
    final class Recorder: Sendable {
        let lastEventIDs = Mutex<[String?]>([])
        let cursors = Mutex<[String?]>([])
        let authorizations = Mutex<Set<String>>([])
    }

    private func makeApp(_ recorder: Recorder) -> some ApplicationProtocol {
        let router = Router()
        let api = router.group("api/v1")
        api.get("findings") { request, _ in
            let after = request.uri.queryParameters["after"].map(String.init)
            recorder.cursors.withLock { $0.append(after) }
            if let value = request.headers[.authorization] { _ = recorder.authorizations.withLock { $0.insert(value) } }
            let start = Int(after ?? "0")! + 1
            let limit = Int(request.uri.queryParameters["limit"] ?? "100")!
            let ids = Array(start..<min(start + limit, 1201))
            let items = ids.map { #"{"id":\#($0),"detection":{"rule_id":"r","severity":"low"}}"# }
            let next = ids.count == limit ? "\"\(ids.last!)\"" : "null"
            return Self.json(#"{"items":[\#(items.joined(separator: ","))],"next_cursor":\#(next)}"#)
        }
        api.get("runs/{id}") { _, _ in Self.json(Self.run("running")) }
        api.get("runs/{id}/events") { request, _ in
            let lastEventID = request.headers[HTTPField.Name("Last-Event-ID")!]
            recorder.lastEventIDs.withLock { $0.append(lastEventID) }
            // The first connection sends one event and ends as if dropped; the resumed
            // one sends the end of the run.
            let text =
                lastEventID == nil
                ? "retry: 10\nid: 1\nevent: run.progress\ndata: {\"run\":\(Self.run("running"))}\n\n"
                : ": keep-alive\n\nid: 2\nevent: run.status\ndata: {\"run\":\(Self.run("completed"))}\n\n"
            return Response(
                status: .ok,
                headers: [.contentType: "text/event-stream"],
                body: .init(byteBuffer: ByteBuffer(string: text))
            )
        }
        api.get("missing") { _, _ -> Response in
            var response = Self.json(#"{"title":"Not Found","detail":"run x not found","request_id":"q1"}"#)
            response.status = .notFound
            return response
        }
        return Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    }

    private static func run(_ status: String) -> String {
        #"{"id":"r1","status":"\#(status)","counters":{"enumerated":2,"finalized":1}}"#
    }

    private static func json(_ text: String) -> Response {
        Response(
            status: .ok,
            headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(string: text))
        )
    }

    private func withClient(
        _ recorder: Recorder,
        _ body: @escaping @Sendable (APIClient) async throws -> Void
    )
        async throws
    {
        try await makeApp(recorder).test(.live) { client in
            let port = try #require(client.port)
            let configuration = try APIClient.Configuration(server: "http://127.0.0.1:\(port)", token: "slk_test")
            try await APIClient.withClient(configuration, body)
        }
    }

    @Test func listFollowsCursorsUpToTheLimit() async throws {
        let recorder = Recorder()
        try await withClient(recorder) { client in
            let findings = try await client.list(RemoteFinding.self, "/findings", limit: 1100)
            #expect(findings.map(\.finding.id) == Array(1...1100))
        }
        #expect(recorder.cursors.withLock { $0 } == [nil, "500", "1000"])
        #expect(recorder.authorizations.withLock { $0 } == ["Bearer slk_test"])
    }

    @Test func followerResumesWithLastEventID() async throws {
        let recorder = Recorder()
        try await withClient(recorder) { client in
            // Given a stream that drops after the first event
            let seen = Mutex<[String]>([])
            // When the run is followed
            let final = try await RunFollower(client: client, runID: "r1").follow { run in
                seen.withLock { $0.append(run.status) }
            }
            // Then it reconnects once with the last id and ends on the terminal event
            #expect(final.status == "completed")
            #expect(seen.withLock { $0 } == ["running", "completed"])
        }
        #expect(recorder.lastEventIDs.withLock { $0 } == [nil, "1"])
    }

    @Test func problemBecomesAnErrorWithStatusAndDetail() async throws {
        try await withClient(Recorder()) { client in
            let error = await #expect(throws: APIClientError.self) {
                try await client.get(RemoteRun.self, "/missing")
            }
            #expect(error?.description == "HTTP 404 Not Found: run x not found [request q1]")
            #expect(error?.description.contains("slk_test") == false)
        }
    }
}
