/// The route groups of rule sets, classifiers, findings, assets, statistics, audit, tokens and
/// tenant limits.
enum CatalogRouteGroups {
    static func make(_ environment: ServerEnvironment) -> [any APIRoutes] {
        [
            RuleSetRoutes(environment: environment),
            CustomRuleRoutes(environment: environment),
            RuleTestRoutes(environment: environment),
            ClassifierRoutes(environment: environment),
            FindingRoutes(environment: environment),
            AssetRoutes(environment: environment),
            StatsRoutes(environment: environment),
            AuditRoutes(environment: environment),
            TokenRoutes(environment: environment),
            LimitsRoutes(environment: environment),
        ]
    }
}
