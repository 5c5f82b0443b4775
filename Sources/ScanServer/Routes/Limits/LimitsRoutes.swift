import Hummingbird
import ScanCore

/// `/api/v1/limits`: the caller's tenant-wide limits, read by viewers and set by administrators.
///
/// `max_concurrency` caps the jobs touching the tenant's sources (enumerations and scans) that
/// run at once across every worker; each source's own `max_concurrency` applies as well.
struct LimitsRoutes: APIRoutes {
    let environment: ServerEnvironment

    func register(on group: RouterGroup<APIContext>) {
        group.get("limits") { _, context in try await show(context) }
        group.put("limits") { request, context in try await update(request, context) }
    }

    private func show(_ context: APIContext) async throws -> Response {
        let principal = try context.require(.read)
        let limit = try await environment.store.tenantConcurrency(principal.tenantID)
        return try JSONResponse.make(LimitsView(tenantID: principal.tenantID, maxConcurrency: limit))
    }

    private func update(_ request: Request, _ context: APIContext) async throws -> Response {
        let principal = try context.require(.administer)
        let input = try await BodyDecoder.decode(LimitsInput.self, from: request)
        try ConcurrencyRule.check(input.maxConcurrency, field: "max_concurrency")
        try await environment.store.setTenantConcurrency(principal.tenantID, limit: input.maxConcurrency)
        try await environment.audit(
            context,
            principal,
            action: "limits.updated",
            target: principal.tenantID.rawValue,
            detail: "max_concurrency=\(input.maxConcurrency.map(String.init) ?? "none")"
        )
        return try JSONResponse.make(LimitsView(tenantID: principal.tenantID, maxConcurrency: input.maxConcurrency))
    }
}
