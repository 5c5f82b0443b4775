/// The route groups of rule sets, classifiers, findings, assets, statistics, audit and tokens.
enum CatalogRouteGroups {
    static func make(_ environment: ServerEnvironment) -> [any APIRoutes] {
        []
    }
}
