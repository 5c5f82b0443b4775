/// The route groups of scan definitions, runs and live events.
enum RunRouteGroups {
    static func make(_ environment: ServerEnvironment) -> [any APIRoutes] {
        [
            ScanRoutes(environment: environment),
            RunRoutes(environment: environment),
            EventRoutes(environment: environment),
            IngestRoutes(environment: environment),
            AgentRoutes(environment: environment),
            AgentJobRoutes(environment: environment),
        ]
    }
}
