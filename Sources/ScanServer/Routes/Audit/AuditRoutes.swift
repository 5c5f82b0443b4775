import Foundation
import Hummingbird
import ScanCore

/// `GET /api/v1/audit`: the tenant's audit log, newest first; administrators only, since
/// it names every actor and triage reason.
struct AuditRoutes: APIRoutes {
    let environment: ServerEnvironment

    func register(on group: RouterGroup<APIContext>) {
        group.get("audit") { request, context in try await list(request, context) }
    }

    private func list(_ request: Request, _ context: APIContext) async throws -> Response {
        let principal = try context.require(.administer)
        let parameters = QueryParameters(request)
        let query = AuditQuery(
            tenantID: principal.tenantID,
            actionPrefix: parameters.string("action"),
            actor: parameters.string("actor"),
            target: parameters.string("target"),
            beforeID: try parameters.int64("before"),
            limit: try parameters.limit()
        )
        if let before = query.beforeID, before < 0 {
            throw APIProblem.badRequest("'before' must be an audit event id", field: "before")
        }
        let events = try await environment.store.auditEvents(query)
        let next = events.count == query.limit ? events.last.map { String($0.id) } : nil
        return try JSONResponse.make(Page(items: events.map(AuditEventView.init), nextCursor: next))
    }
}

/// An audit event without its tenant.
struct AuditEventView: Encodable, Sendable {
    var id: Int64
    var at: Date
    var actor: String
    var action: String
    var target: String
    var detail: String?
    var requestID: String?

    init(_ event: AuditEvent) {
        id = event.id
        at = event.at
        actor = event.actor
        action = event.action
        target = event.target
        detail = event.detail
        requestID = event.requestID
    }
}
