public import Hummingbird
public import ScanCore

/// The request context of the API: the authenticated caller and the request id.
public struct APIContext: RequestContext {
    /// Hummingbird's storage.
    public var coreContext: CoreRequestContextStorage
    /// The caller, set by ``AuthMiddleware``; `nil` on public routes.
    public var principal: Principal?
    /// The id of this request, echoed as `X-Request-ID` and kept in audit events.
    public var requestID: String

    /// Creates a context for a new request.
    public init(source: ApplicationRequestContextSource) {
        self.coreContext = CoreRequestContextStorage(source: source)
        self.principal = nil
        self.requestID = ""
    }

    /// Bodies are decoded by ``BodyDecoder`` with its own limit; this one is a backstop.
    public var maxUploadSize: Int { BodyDecoder.maxBodySize }

    /// The caller, who must hold `permission`.
    /// - Throws: 401 when no token authenticated the request, 403 when the role lacks it.
    public func require(_ permission: Permission) throws -> Principal {
        guard let principal else { throw APIProblem.unauthorized() }
        guard principal.role.allows(permission) else {
            throw APIProblem(
                status: .forbidden,
                title: "Forbidden",
                detail: "role '\(principal.role.rawValue)' may not \(permission.rawValue)"
            )
        }
        return principal
    }

    /// The principal, when its role allows one of `permissions` (an operator or an agent, say).
    public func require(anyOf permissions: [Permission]) throws -> Principal {
        guard let principal else { throw APIProblem.unauthorized() }
        guard let first = permissions.first else { return principal }
        guard permissions.contains(where: principal.role.allows) else { return try require(first) }
        return principal
    }
}
