import Foundation
import Hummingbird
import ScanCore

/// `/api/v1/runs`: list, read and cancel runs, and read their per-object outcomes.
struct RunRoutes: APIRoutes {
    let environment: ServerEnvironment

    func register(on group: RouterGroup<APIContext>) {
        group.get("runs") { request, context in try await list(request, context) }
        group.get("runs/{id}") { _, context in try JSONResponse.make(RunView(try await load(context))) }
        group.post("runs/{id}/cancel") { _, context in try await cancel(context) }
        group.get("runs/{id}/objects") { request, context in try await objects(request, context) }
    }

    /// Newest first; `next_cursor` is the last run's id when the page is full.
    private func list(_ request: Request, _ context: APIContext) async throws -> Response {
        let principal = try context.require(.read)
        let parameters = QueryParameters(request)
        let query = RunQuery(
            tenantID: principal.tenantID,
            definitionID: parameters.string("scan_id").map(Identifier.init),
            sourceID: parameters.string("source_id").map(Identifier.init),
            statuses: try Self.statuses(parameters.string("status")),
            beforeRun: parameters.string("before").map(Identifier.init),
            limit: try parameters.limit()
        )
        let runs = try await environment.store.runs(query)
        let cursor = runs.count == query.limit ? runs.last?.id.rawValue : nil
        return try JSONResponse.make(Page(items: runs.map(RunView.init), nextCursor: cursor))
    }

    /// `status=pending,running`: a comma-separated list of states.
    static func statuses(_ text: String?) throws -> Set<RunStatus> {
        guard let text else { return [] }
        var statuses: Set<RunStatus> = []
        for name in text.split(separator: ",") {
            guard let status = RunStatus(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                let allowed = RunStatus.allCases.map(\.rawValue).joined(separator: ", ")
                throw APIProblem.badRequest("'status' must list values among \(allowed)", field: "status")
            }
            statuses.insert(status)
        }
        return statuses
    }

    /// 409 when the run has already ended (the store's `.conflict`).
    private func cancel(_ context: APIContext) async throws -> Response {
        let principal = try context.require(.operate)
        let run = try await load(context)
        let cancelled = try await environment.store.cancelRun(run.id, tenant: principal.tenantID, at: environment.now())
        try await environment.audit(context, principal, action: "run.cancelled", target: run.id.rawValue)
        return try JSONResponse.make(RunView(cancelled))
    }

    /// Paged in memory with `limit` and `offset`: the store returns every record of the run.
    /// `next_cursor` holds the next `offset`.
    private func objects(_ request: Request, _ context: APIContext) async throws -> Response {
        let principal = try context.require(.read)
        let parameters = QueryParameters(request)
        let limit = try parameters.limit()
        let offset = try parameters.int("offset") ?? 0
        guard offset >= 0 else { throw APIProblem.badRequest("'offset' must not be negative", field: "offset") }
        let run = try await load(context)
        let records = try await environment.store.objectRecords(run: run.id, tenant: principal.tenantID)
        let page = Array(records.dropFirst(offset).prefix(limit))
        let next = offset + page.count < records.count ? String(offset + page.count) : nil
        return try JSONResponse.make(Page(items: page, nextCursor: next))
    }

    /// The run named by the `{id}` path parameter in the caller's tenant.
    private func load(_ context: APIContext) async throws -> ScanRun {
        let principal = try context.require(.read)
        let id = Identifier<ScanRun>(try context.parameters.require("id"))
        guard let run = try await environment.store.run(id, tenant: principal.tenantID) else {
            throw APIProblem.notFound("run \(id)")
        }
        return run
    }
}
