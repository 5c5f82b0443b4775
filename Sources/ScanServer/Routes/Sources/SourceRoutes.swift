import Foundation
import Hummingbird
import ScanCore

/// `/api/v1/sources`: register, list, read, change and delete sources, and check them.
struct SourceRoutes: APIRoutes {
    let environment: ServerEnvironment
    let health = SourceHealthMemo()

    func register(on group: RouterGroup<APIContext>) {
        group.get("sources") { _, context in try await list(context) }
        group.post("sources") { request, context in try await create(request, context) }
        group.get("sources/{id}") { _, context in try JSONResponse.make(try await load(context)) }
        group.patch("sources/{id}") { request, context in try await update(request, context) }
        group.delete("sources/{id}") { _, context in try await delete(context) }
        group.post("sources/{id}/test") { _, context in try await test(context) }
        group.get("sources/{id}/health") { _, context in try await healthReport(context) }
    }

    private func list(_ context: APIContext) async throws -> Response {
        let principal = try context.require(.read)
        return try JSONResponse.make(Page(items: try await environment.store.sources(tenant: principal.tenantID)))
    }

    private func create(_ request: Request, _ context: APIContext) async throws -> Response {
        let principal = try context.require(.administer)
        let input = try await BodyDecoder.decode(SourceInput.self, from: request)
        let source = try input.makeSource(tenant: principal.tenantID, at: environment.now())
        try await environment.store.save(source)
        try await environment.audit(context, principal, action: "source.created", target: source.id.rawValue)
        return try JSONResponse.make(source, status: .created)
    }

    private func update(_ request: Request, _ context: APIContext) async throws -> Response {
        let principal = try context.require(.administer)
        let input = try await BodyDecoder.decode(SourceInput.self, from: request)
        let source = try input.apply(to: try await load(context))
        try await environment.store.save(source)
        try await environment.audit(context, principal, action: "source.updated", target: source.id.rawValue)
        return try JSONResponse.make(source)
    }

    private func delete(_ context: APIContext) async throws -> Response {
        let principal = try context.require(.administer)
        let source = try await load(context)
        try await environment.store.deleteSource(source.id, tenant: principal.tenantID)
        try await environment.audit(context, principal, action: "source.deleted", target: source.id.rawValue)
        return JSONResponse.noContent()
    }

    private func test(_ context: APIContext) async throws -> Response {
        let principal = try context.require(.operate)
        let source = try await load(context)
        let result = await environment.testSource(source)
        await health.record(result, for: source.id)
        try await environment.audit(
            context,
            principal,
            action: "source.tested",
            target: source.id.rawValue,
            detail: result.ok ? "ok" : result.code
        )
        return try JSONResponse.make(result)
    }

    private func healthReport(_ context: APIContext) async throws -> Response {
        let principal = try context.require(.read)
        let source = try await load(context)
        let runs = try await environment.store.runs(
            RunQuery(tenantID: principal.tenantID, sourceID: source.id, limit: 1)
        )
        let report = SourceHealthReport(lastCheck: await health.latest(for: source.id), lastRun: runs.first)
        return try JSONResponse.make(report)
    }

    /// The source named by the `{id}` path parameter in the caller's tenant.
    private func load(_ context: APIContext) async throws -> DataSource {
        let principal = try context.require(.read)
        let id = Identifier<DataSource>(try context.parameters.require("id"))
        guard let source = try await environment.store.source(id, tenant: principal.tenantID) else {
            throw APIProblem.notFound("source \(id)")
        }
        return source
    }
}

/// `GET /sources/{id}/health`: the latest connection check and the latest run.
struct SourceHealthReport: Encodable {
    var lastCheck: SourceHealth?
    var lastRun: ScanRun?
}

/// The latest connection check of each source, kept for the process's life.
actor SourceHealthMemo {
    private var results: [Identifier<DataSource>: SourceHealth] = [:]

    func record(_ result: SourceHealth, for id: Identifier<DataSource>) {
        results[id] = result
    }

    func latest(for id: Identifier<DataSource>) -> SourceHealth? {
        results[id]
    }
}
