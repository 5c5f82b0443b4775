import Foundation
import HTTPTypes
import Hummingbird
import ScanCore

/// `GET /api/v1/runs/{id}/events` and `GET /api/v1/events`: live progress as Server-Sent Events.
///
/// A client that sends `Last-Event-ID` (or `last_event_id`) gets exactly the stored events
/// after that id, in order. A client without one first gets `run.snapshot` messages with
/// the current state (of the run, or of every active run of the tenant) whose `id` is the
/// last stored event they reflect, then the events after it. `max_events` and
/// `max_duration` (seconds) end a stream early.
struct EventRoutes: APIRoutes {
    let environment: ServerEnvironment

    /// How long an idle stream waits before a `: keep-alive` comment.
    static let keepAliveInterval = Duration.seconds(15)

    func register(on group: RouterGroup<APIContext>) {
        group.get("runs/{id}/events") { request, context in try await runStream(request, context) }
        group.get("events") { request, context in try await tenantStream(request, context) }
    }

    private func runStream(_ request: Request, _ context: APIContext) async throws -> Response {
        let principal = try context.require(.read)
        let id = Identifier<ScanRun>(try context.parameters.require("id"))
        let options = try EventStreamOptions(request)
        guard var run = try await environment.store.run(id, tenant: principal.tenantID) else {
            throw APIProblem.notFound("run \(id)")
        }
        let stream = makeStream(tenant: principal.tenantID, runID: id, options: options)
        if let cursor = options.lastEventID { return Self.response(stream.starting(with: [], after: cursor)) }
        // The cursor is read before the state, so the snapshot reflects at least every event up to it.
        let cursor = try await environment.store.latestRunEvents(runs: [id]).map(\.id).max() ?? 0
        run = try await environment.store.run(id, tenant: principal.tenantID) ?? run
        let snapshot = EventMessage(snapshotOf: run, cursor: cursor, at: environment.now())
        return Self.response(stream.starting(with: [snapshot], after: cursor))
    }

    private func tenantStream(_ request: Request, _ context: APIContext) async throws -> Response {
        let principal = try context.require(.read)
        let options = try EventStreamOptions(request)
        let stream = makeStream(tenant: principal.tenantID, runID: nil, options: options)
        if let cursor = options.lastEventID { return Self.response(stream.starting(with: [], after: cursor)) }
        let cursor = try await latestEventID(tenant: principal.tenantID)
        let now = environment.now()
        let snapshots = try await activeRuns(tenant: principal.tenantID).reversed().map {
            EventMessage(snapshotOf: $0, cursor: cursor, at: now)
        }
        return Self.response(stream.starting(with: snapshots, after: cursor))
    }

    /// The newest event of the tenant's active and 100 newest runs: every run with recent events.
    private func latestEventID(tenant: TenantID) async throws -> Int64 {
        let recent = try await environment.store.runs(RunQuery(tenantID: tenant, limit: 100))
        let ids = Set(try await activeRuns(tenant: tenant).map(\.id) + recent.map(\.id))
        return try await environment.store.latestRunEvents(runs: Array(ids)).map(\.id).max() ?? 0
    }

    private func activeRuns(tenant: TenantID) async throws -> [ScanRun] {
        try await environment.store.runs(
            RunQuery(tenantID: tenant, statuses: [.pending, .running], limit: QueryParameters.maxPageSize)
        )
    }

    private func makeStream(
        tenant: TenantID,
        runID: Identifier<ScanRun>?,
        options: EventStreamOptions
    )
        -> EventStream
    {
        EventStream(
            store: environment.store,
            tenant: tenant,
            runID: runID,
            pollInterval: environment.eventPollInterval,
            keepAliveInterval: Self.keepAliveInterval,
            limits: options.limits,
            now: environment.now
        )
    }

    private static func response(_ stream: EventStream) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream"
        headers[.cacheControl] = "no-cache"
        return Response(status: .ok, headers: headers, body: ResponseBody(asyncSequence: stream))
    }
}
