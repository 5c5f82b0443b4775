import Foundation
import HTTPTypes
import ScanCore
import ScanServer
import ScanStoreSQLite
import ScanTestSupport
import Testing

@Suite("Live event streams")
struct EventStreamTests {
    /// One parsed Server-Sent Events message.
    struct Message {
        var id: Int64
        var event: String
        var data: [String: Any]

        var status: String? { (data["run"] as? [String: Any])?["status"] as? String }
    }

    static func parse(_ text: String) -> [Message] {
        text.components(separatedBy: "\n\n").compactMap { block in
            var id: Int64?
            var event: String?
            var data: [String: Any] = [:]
            for line in block.split(separator: "\n") {
                if line.hasPrefix("id: ") { id = Int64(line.dropFirst(4)) }
                if line.hasPrefix("event: ") { event = String(line.dropFirst(7)) }
                if line.hasPrefix("data: ") {
                    let json = try? JSONSerialization.jsonObject(with: Data(line.dropFirst(6).utf8))
                    data = json as? [String: Any] ?? [:]
                }
            }
            guard let id, let event else { return nil }
            return Message(id: id, event: event, data: data)
        }
    }

    /// A run taken through created, running and cancelled, with the publisher writing each.
    static func cancelledRun(_ api: APIHarness, client: APIHarness.Client) async throws -> String {
        let publisher = RunEventPublisher(environment: api.environment)
        let runID = try await client.trigger(try await client.createScan("docs"))
        try await EventPublisherTests.enumerate(api.store, paths: ["a", "b"])
        try await publisher.publishOnce()
        try await client.send(.post, "/api/v1/runs/\(runID)/cancel", as: "operator")
        try await publisher.publishOnce()
        return runID
    }

    @Test func runStreamSendsSnapshotThenEventsUntilTheEnd() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            // Given a client following a pending run
            let runID = try await client.trigger(try await client.createScan("docs"))
            async let streamed = client.send(.get, "/api/v1/runs/\(runID)/events", as: "viewer")
            try await Task.sleep(for: .milliseconds(100))

            // When the run starts and is cancelled
            let publisher = RunEventPublisher(environment: api.environment)
            try await EventPublisherTests.enumerate(api.store, paths: ["a", "b"])
            try await publisher.publishOnce()
            try await client.send(.post, "/api/v1/runs/\(runID)/cancel", as: "operator")
            try await publisher.publishOnce()

            // Then the stream shows the snapshot, each change in order, and ends with the terminal one
            let reply = try await streamed
            #expect(reply.headers[.contentType] == "text/event-stream")
            #expect(reply.headers[.cacheControl] == "no-cache")
            let messages = Self.parse(reply.text)
            // Under load the stream may open after the run started (its snapshot then shows it
            // running), and it may see the cancelled run in the store before the publisher has
            // written that change (it then ends with a final snapshot instead of the status event).
            #expect(messages.first?.event == "run.snapshot")
            #expect(["pending", "running"].contains(messages.first?.status))
            #expect(messages.dropFirst().dropLast().allSatisfy { $0.event == "run.status" })
            #expect(["run.status", "run.snapshot"].contains(messages.last?.event))
            #expect(messages.count >= 2)
            #expect(messages.last?.status == "cancelled")
            #expect(messages.dropFirst().dropLast().allSatisfy { $0.status == "running" })
            #expect(messages.map(\.id) == messages.map(\.id).sorted())
            let changes = messages.filter { $0.event == "run.status" }
            #expect(Set(changes.map(\.id)).count == changes.count)
            #expect((messages.last?.data["run"] as? [String: Any])?["progress"] is [String: Any])
        }
    }

    @Test func reconnectGetsOnlyLaterEvents() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let runID = try await Self.cancelledRun(api, client: client)
            let stored = try await api.store.runEvents(
                tenant: APIHarness.tenant,
                run: Identifier(runID),
                afterID: 0,
                limit: 10
            )
            #expect(stored.map(\.kind) == [.created, .status, .status])

            let resumed = try await client.send(
                .get,
                "/api/v1/runs/\(runID)/events",
                as: "viewer",
                headers: [HTTPField.Name("Last-Event-ID")!: String(stored[0].id)]
            )
            #expect(Self.parse(resumed.text).map(\.id) == [stored[1].id, stored[2].id])
            let byQuery = try await client.send(
                .get,
                "/api/v1/runs/\(runID)/events?last_event_id=\(stored[1].id)",
                as: "viewer"
            )
            #expect(Self.parse(byQuery.text).map(\.id) == [stored[2].id])
        }
    }

    @Test func lateClientGetsTheFinalStateAtOnce() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let runID = try await Self.cancelledRun(api, client: client)
            let late = Self.parse(try await client.send(.get, "/api/v1/runs/\(runID)/events", as: "viewer").text)
            #expect(late.map(\.event) == ["run.snapshot"])
            #expect(late.first?.status == "cancelled")
            let last = try await api.store.latestRunEvents(runs: [Identifier(runID)])
            #expect(late.first?.id == last.first?.id)
        }
    }

    @Test func runStreamEndsWhenTheRunEndedWithoutAnEvent() async throws {
        // Given no publisher: the run is cancelled but only its creation is stored
        let api = try await APIHarness()
        try await api.test { client async throws in
            let runID = try await client.trigger(try await client.createScan("docs"))
            let created = try #require(try await api.store.latestRunEvents(runs: [Identifier(runID)]).first)
            try await client.send(.post, "/api/v1/runs/\(runID)/cancel", as: "operator")
            let reply = try await client.send(
                .get,
                "/api/v1/runs/\(runID)/events?last_event_id=\(created.id)",
                as: "viewer"
            )
            let messages = Self.parse(reply.text)
            #expect(messages.map(\.event) == ["run.snapshot"])
            #expect(messages.first?.status == "cancelled")
            #expect(messages.first?.id == created.id)
        }
    }

    @Test func tenantStreamFollowsEveryRunOfTheTenant() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let runID = try await Self.cancelledRun(api, client: client)
            let all = try await client.send(.get, "/api/v1/events?last_event_id=0&max_events=3", as: "viewer")
            #expect(Self.parse(all.text).map(\.event) == ["run.created", "run.status", "run.status"])
            #expect(Self.parse(all.text).allSatisfy { $0.data["run_id"] as? String == runID })

            // A client without a cursor gets the active runs' snapshots, then new events only
            let active = try await client.trigger(try await client.createScan("other"))
            let fresh = try await client.send(.get, "/api/v1/events?max_duration=0.2", as: "viewer")
            let messages = Self.parse(fresh.text)
            #expect(messages.map(\.event) == ["run.snapshot"])
            #expect(messages.first?.data["run_id"] as? String == active)

            let foreign = try await client.send(.get, "/api/v1/events?last_event_id=0&max_duration=0.2", as: "other")
            #expect(foreign.status == .ok)
            #expect(Self.parse(foreign.text).isEmpty)
        }
    }

    @Test func badStreamRequestsAreRefused() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let runID = try await client.trigger(try await client.createScan("docs"))
            for (query, field) in [
                ("last_event_id=abc", "last_event_id"), ("max_events=0", "max_events"),
                ("max_duration=-1", "max_duration"),
            ] {
                let reply = try await client.send(.get, "/api/v1/runs/\(runID)/events?\(query)", as: "viewer")
                #expect(reply.status == .badRequest)
                #expect(reply.string("field") == field)
            }
            let header = try await client.send(
                .get,
                "/api/v1/events",
                as: "viewer",
                headers: [HTTPField.Name("Last-Event-ID")!: "x"]
            )
            #expect(header.string("field") == "Last-Event-ID")
            #expect(try await client.send(.get, "/api/v1/events", as: "agent").status == .forbidden)
            #expect(try await client.send(.get, "/api/v1/runs/\(runID)/events", as: "agent").status == .forbidden)
            #expect(try await client.send(.get, "/api/v1/runs/unknown/events", as: "viewer").status == .notFound)
        }
    }
}
