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
        try await store.appendAudit(
            AuditEvent(
                tenantID: principal.tenantID,
                at: now(),
                actor: principal.actor,
                action: action,
                target: target,
                detail: detail,
                requestID: context.requestID
            )
        )
    }
}
