public import Hummingbird
import Logging
import ScanCore

/// Builds the HTTP API's router: public operational routes at the root and the
/// authenticated API under `/api/v1`.
///
/// ```swift
/// let router = APIServer.router(environment)
/// let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 8080)))
/// ```
public enum APIServer {
    /// The router with every route and middleware.
    public static func router(_ environment: ServerEnvironment) -> Router<APIContext> {
        let router = Router(context: APIContext.self)
        router.add(middleware: RequestMiddleware(metrics: environment.metrics))
        OperationsRoutes(environment: environment).register(on: router)
        let api = router.group("api/v1").add(middleware: AuthMiddleware(store: environment.store, now: environment.now))
        for routes in routeGroups(environment) {
            routes.register(on: api)
        }
        return router
    }

    private static func routeGroups(_ environment: ServerEnvironment) -> [any APIRoutes] {
        [SourceRoutes(environment: environment)] + RunRouteGroups.make(environment)
            + CatalogRouteGroups.make(environment)
    }
}

/// A group of API routes registered under `/api/v1`.
protocol APIRoutes: Sendable {
    func register(on group: RouterGroup<APIContext>)
}
