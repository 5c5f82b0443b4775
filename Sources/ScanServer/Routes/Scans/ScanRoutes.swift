import Foundation
import Hummingbird
import ScanCore

/// `/api/v1/scans`: scan definitions, their manual runs, pausing and their schedule's history.
struct ScanRoutes: APIRoutes {
    let environment: ServerEnvironment

    func register(on group: RouterGroup<APIContext>) {
        group.get("scans") { request, context in try await list(request, context) }
        group.post("scans") { request, context in try await create(request, context) }
        group.get("scans/{id}") { _, context in try JSONResponse.make(try await load(context)) }
        group.patch("scans/{id}") { request, context in try await update(request, context) }
        group.delete("scans/{id}") { _, context in try await delete(context) }
        group.post("scans/{id}/trigger") { _, context in try await trigger(context) }
        group.post("scans/{id}/pause") { _, context in try await setPaused(true, context) }
        group.post("scans/{id}/activate") { _, context in try await setPaused(false, context) }
        group.get("scans/{id}/fires") { request, context in try await fires(request, context) }
    }

    private var store: any ControlPlaneStore { environment.store }

    private func list(_ request: Request, _ context: APIContext) async throws -> Response {
        let principal = try context.require(.read)
        let sourceID = QueryParameters(request).string("source_id").map(Identifier<DataSource>.init)
        let definitions = try await store.definitions(tenant: principal.tenantID, sourceID: sourceID)
        return try JSONResponse.make(Page(items: definitions))
    }

    private func create(_ request: Request, _ context: APIContext) async throws -> Response {
        let principal = try context.require(.administer)
        let input = try await BodyDecoder.decode(ScanInput.self, from: request)
        let definition = try await input.makeDefinition(tenant: principal.tenantID, store: store, at: environment.now())
        try await store.save(definition)
        try await environment.audit(context, principal, action: "scan.created", target: definition.id.rawValue)
        return try JSONResponse.make(definition, status: .created)
    }

    private func update(_ request: Request, _ context: APIContext) async throws -> Response {
        let principal = try context.require(.administer)
        let input = try await BodyDecoder.decode(ScanInput.self, from: request)
        let definition = try await input.apply(to: try await load(context), store: store, at: environment.now())
        try await store.save(definition)
        try await environment.audit(context, principal, action: "scan.updated", target: definition.id.rawValue)
        return try JSONResponse.make(definition)
    }

    private func delete(_ context: APIContext) async throws -> Response {
        let principal = try context.require(.administer)
        let definition = try await load(context)
        try await store.deleteDefinition(definition.id, tenant: principal.tenantID)
        try await environment.audit(context, principal, action: "scan.deleted", target: definition.id.rawValue)
        return JSONResponse.noContent()
    }

    /// 201 with a new run, or 200 with the run already active (never a second run).
    private func trigger(_ context: APIContext) async throws -> Response {
        let principal = try context.require(.operate)
        let definition = try await load(context)
        guard !definition.paused else {
            throw APIProblem(status: .conflict, title: "Conflict", detail: "scan \(definition.id) is paused")
        }
        let now = environment.now()
        let start = try await store.startRun(definitionID: definition.id, tenant: principal.tenantID, at: now)
        guard start.created else { return try JSONResponse.make(RunView(start.run)) }
        // Live clients see the run at once instead of at the publisher's next pass.
        _ = try await store.appendRunEvents([RunEvent(kind: .created, at: now, run: start.run)])
        try await environment.audit(
            context,
            principal,
            action: "scan.triggered",
            target: definition.id.rawValue,
            detail: start.run.id.rawValue
        )
        return try JSONResponse.make(RunView(start.run), status: .created)
    }

    /// Pauses, or resumes with `next_run_at` counted from now so no missed slot fires.
    private func setPaused(_ paused: Bool, _ context: APIContext) async throws -> Response {
        let principal = try context.require(.operate)
        var definition = try await load(context)
        if definition.paused != paused {
            definition.paused = paused
            if !paused { definition.nextRunAt = try ScheduleCheck.nextRun(for: definition, at: environment.now()) }
            try await store.save(definition)
        }
        let action = paused ? "scan.paused" : "scan.activated"
        try await environment.audit(context, principal, action: action, target: definition.id.rawValue)
        return try JSONResponse.make(definition)
    }

    private func fires(_ request: Request, _ context: APIContext) async throws -> Response {
        let principal = try context.require(.read)
        let limit = try QueryParameters(request).limit()
        let definition = try await load(context)
        let fires = try await store.scheduleFires(definitionID: definition.id, tenant: principal.tenantID, limit: limit)
        return try JSONResponse.make(Page(items: fires))
    }

    /// The definition named by the `{id}` path parameter in the caller's tenant.
    private func load(_ context: APIContext) async throws -> ScanDefinition {
        let principal = try context.require(.read)
        let id = Identifier<ScanDefinition>(try context.parameters.require("id"))
        guard let definition = try await store.definition(id, tenant: principal.tenantID) else {
            throw APIProblem.notFound("scan \(id)")
        }
        return definition
    }
}
