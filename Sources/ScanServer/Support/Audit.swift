import ScanCore

extension ServerEnvironment {
    /// Appends the audit event of a mutating request: who, what, on which object, when,
    /// and the request id that ties it to the server's logs.
    func audit(
        _ context: APIContext,
        _ principal: Principal,
        action: String,
        target: String,
        detail: String? = nil
    ) async throws {
        try await audit(context, principal, action: action, targets: [target], detail: detail)
    }

    /// Appends one event per target in a single transaction, for bulk operations.
    func audit(
        _ context: APIContext,
        _ principal: Principal,
        action: String,
        targets: [String],
        detail: String? = nil
    ) async throws {
        let at = now()
        let events = targets.map { target in
            AuditEvent(
                tenantID: principal.tenantID,
                at: at,
                actor: principal.actor,
                action: action,
                target: target,
                detail: detail,
                requestID: context.requestID
            )
        }
        try await store.appendAudit(events)
    }
}
