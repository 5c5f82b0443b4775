public import Foundation
import HTTPTypes
public import Hummingbird
import Logging
public import ScanCore

/// Authenticates `Authorization: Bearer <token>` against the stored token hashes and puts
/// the caller in the context. Every route behind it needs a usable token.
public struct AuthMiddleware: RouterMiddleware {
    public typealias Context = APIContext

    let store: any ControlPlaneStore
    let now: @Sendable () -> Date
    let usage: TokenUsage

    /// Creates the middleware.
    public init(store: any ControlPlaneStore, now: @escaping @Sendable () -> Date) {
        self.store = store
        self.now = now
        self.usage = TokenUsage()
    }

    @concurrent public func handle(
        _ request: Request,
        context: APIContext,
        next: @concurrent (Request, APIContext) async throws -> Response
    ) async throws -> Response {
        guard let secret = Self.bearer(request.headers[.authorization]) else { throw APIProblem.unauthorized() }
        let instant = now()
        guard let token = try await store.token(secretHash: TokenSecret.hash(secret)), token.isUsable(at: instant)
        else { throw APIProblem.unauthorized() }
        if await usage.shouldRecord(token.id, at: instant) {
            try await store.touchToken(token.id, at: instant)
        }
        var context = context
        context.principal = Principal(
            tenantID: token.tenantID,
            role: token.role,
            actor: "token:\(token.name)",
            tokenID: token.id
        )
        context.logger[metadataKey: "actor"] = .string("token:\(token.name)")
        return try await next(request, context)
    }

    static func bearer(_ header: String?) -> String? {
        guard let header, header.count > 7, header.prefix(7).lowercased() == "bearer " else { return nil }
        let secret = header.dropFirst(7).trimmingCharacters(in: .whitespaces)
        return secret.isEmpty ? nil : secret
    }
}

/// Remembers when each token's use was last written, so `last_used_at` costs one write a
/// minute per token instead of one per request.
actor TokenUsage {
    private var recorded: [Identifier<APIToken>: Date] = [:]

    func shouldRecord(_ id: Identifier<APIToken>, at now: Date) -> Bool {
        if let last = recorded[id], now.timeIntervalSince(last) < 60 { return false }
        recorded[id] = now
        return true
    }
}
