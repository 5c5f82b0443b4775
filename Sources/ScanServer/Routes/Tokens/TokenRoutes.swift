import Hummingbird
import ScanCore

/// `/api/v1/tokens`: API tokens of the caller's tenant; administrators only.
///
/// Only a hash of each secret is stored; the secret is in the answer to `POST` and nowhere else.
struct TokenRoutes: APIRoutes {
    let environment: ServerEnvironment

    func register(on group: RouterGroup<APIContext>) {
        group.get("tokens") { _, context in try await list(context) }
        group.post("tokens") { request, context in try await create(request, context) }
        group.delete("tokens/{id}") { _, context in try await revoke(context) }
    }

    private func list(_ context: APIContext) async throws -> Response {
        let principal = try context.require(.administer)
        let tokens = try await environment.store.tokens(tenant: principal.tenantID)
        return try JSONResponse.make(Page(items: tokens.map { TokenView($0) }))
    }

    private func create(_ request: Request, _ context: APIContext) async throws -> Response {
        let principal = try context.require(.administer)
        let input = try await BodyDecoder.decode(TokenInput.self, from: request)
        try NameRule.check(input.name, field: "name")
        let now = environment.now()
        if let expiresAt = input.expiresAt, expiresAt <= now {
            throw APIProblem.invalid("expires_at", "field 'expires_at' must be in the future")
        }
        let secret = TokenSecret.generate()
        let token = APIToken(
            tenantID: principal.tenantID,
            name: input.name,
            role: input.role,
            secretHash: TokenSecret.hash(secret),
            prefix: TokenSecret.displayPrefix(secret),
            createdAt: now,
            expiresAt: input.expiresAt
        )
        try await environment.store.save(token)
        try await environment.audit(
            context,
            principal,
            action: "token.created",
            target: token.id.rawValue,
            detail: "name=\(token.name) role=\(token.role.rawValue)"
        )
        return try JSONResponse.make(TokenView(token, secret: secret), status: .created)
    }

    private func revoke(_ context: APIContext) async throws -> Response {
        let principal = try context.require(.administer)
        let id = Identifier<APIToken>(try context.parameters.require("id"))
        let token: APIToken
        do {
            token = try await environment.store.revokeToken(id, tenant: principal.tenantID, at: environment.now())
        } catch let error as ScanError where error.code == .notFound {
            throw APIProblem.notFound("token \(id)")
        }
        try await environment.audit(context, principal, action: "token.revoked", target: token.id.rawValue)
        return try JSONResponse.make(TokenView(token))
    }
}
