import Hummingbird
import ScanCore

/// `/api/v1/findings`: browse deduplicated findings and triage them.
///
/// Findings never hold the matched value, only its keyed hash and a redacted preview.
struct FindingRoutes: APIRoutes {
    let environment: ServerEnvironment

    func register(on group: RouterGroup<APIContext>) {
        group.get("findings") { request, context in try await list(request, context) }
        group.post("findings/triage") { request, context in try await triageMany(request, context) }
        group.get("findings/{id}") { _, context in try await read(context) }
        group.post("findings/{id}/triage") { request, context in try await triageOne(request, context) }
    }

    private func list(_ request: Request, _ context: APIContext) async throws -> Response {
        let principal = try context.require(.read)
        let query = try FindingFilter.query(request, tenant: principal.tenantID)
        let findings = try await environment.store.findings(query)
        let next = findings.count == query.limit ? findings.last.map { String($0.id) } : nil
        return try JSONResponse.makePlain(FindingPage(items: findings.map(FindingView.init), nextCursor: next))
    }

    private func read(_ context: APIContext) async throws -> Response {
        let principal = try context.require(.read)
        return try JSONResponse.makePlain(FindingView(finding: try await load(context, principal)))
    }

    private func triageOne(_ request: Request, _ context: APIContext) async throws -> Response {
        let principal = try context.require(.operate)
        let finding = try await load(context, principal)
        let input = try await BodyDecoder.decode(TriageInput.self, from: request)
        guard input.ids == nil else { throw APIProblem.invalid("ids", "unknown field 'ids'") }
        let triage = try input.triage(actor: principal.actor, at: environment.now())
        let updated = try await environment.store.triage([finding.id], tenant: principal.tenantID, triage: triage)
        try await environment.audit(
            context,
            principal,
            action: "finding.triaged",
            target: String(finding.id),
            detail: input.auditDetail(triage)
        )
        return try JSONResponse.make(updated.first ?? finding)
    }

    /// Triages up to 1,000 findings; ids not in the tenant are listed as `not_found`.
    /// One audit event is written per updated finding, all in one transaction, so each
    /// finding's history is complete.
    private func triageMany(_ request: Request, _ context: APIContext) async throws -> Response {
        let principal = try context.require(.operate)
        let input = try await BodyDecoder.decode(TriageInput.self, from: request)
        guard let ids = input.ids, !ids.isEmpty else {
            throw APIProblem.invalid("ids", "field 'ids' must list 1 to \(TriageInput.maxIDs) finding ids")
        }
        guard ids.count <= TriageInput.maxIDs else {
            throw APIProblem.invalid("ids", "field 'ids' must list at most \(TriageInput.maxIDs) finding ids")
        }
        let triage = try input.triage(actor: principal.actor, at: environment.now())
        let unique = Array(Set(ids)).sorted()
        let updated = try await environment.store.triage(unique, tenant: principal.tenantID, triage: triage)
        let updatedIDs = Set(updated.map(\.id))
        try await environment.audit(
            context,
            principal,
            action: "finding.triaged",
            targets: updatedIDs.sorted().map(String.init),
            detail: input.auditDetail(triage)
        )
        let result = BulkTriageResult(
            updated: updatedIDs.sorted(),
            notFound: unique.filter { !updatedIDs.contains($0) }
        )
        return try JSONResponse.make(result)
    }

    private func load(_ context: APIContext, _ principal: Principal) async throws -> Finding {
        let text = try context.parameters.require("id")
        guard let id = Int64(text), let finding = try await environment.store.finding(id, tenant: principal.tenantID)
        else { throw APIProblem.notFound("finding \(text)") }
        return finding
    }
}

/// The answer of `POST /findings/triage`.
struct BulkTriageResult: Encodable, Sendable {
    var updated: [Int64]
    var notFound: [Int64]
}
