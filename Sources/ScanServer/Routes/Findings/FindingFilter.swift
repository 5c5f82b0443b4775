import Hummingbird
import ScanCore

/// Reads the query parameters of `GET /findings` into a ``FindingQuery``.
enum FindingFilter {
    /// The values `triage` accepts.
    static let triageValues = ["any", "untriaged"] + TriageState.allCases.map(\.rawValue)

    /// The query for the caller's tenant.
    /// - Throws: 400 naming the parameter for a malformed value.
    static func query(_ request: Request, tenant: TenantID) throws -> FindingQuery {
        let parameters = QueryParameters(request)
        var query = FindingQuery(tenantID: tenant, limit: try parameters.limit())
        query.definitionID = parameters.string("scan_id").map(Identifier.init)
        query.lastSeenRun = parameters.string("run_id").map(Identifier.init)
        query.sourceID = parameters.string("source_id").map(Identifier.init)
        query.status = try parameters.value("status", as: FindingStatus.self)
        query.minSeverity = try parameters.value("severity", as: Severity.self)
        query.ruleID = parameters.string("rule_id")
        query.category = try parameters.value("category", as: RuleCategory.self)
        query.assetPathPrefix = parameters.string("path_prefix")
        query.triage = try triage(parameters.string("triage"))
        if let after = try parameters.int64("after") {
            guard after >= 0 else { throw APIProblem.badRequest("'after' must be a finding id", field: "after") }
            query.afterID = after
        }
        return query
    }

    private static func triage(_ text: String?) throws -> TriageFilter {
        switch text {
        case nil, "any": return .any
        case "untriaged": return .untriaged
        case let text?:
            guard let state = TriageState(rawValue: text) else {
                let allowed = triageValues.joined(separator: ", ")
                throw APIProblem.badRequest("'triage' must be one of \(allowed)", field: "triage")
            }
            return .state(state)
        }
    }
}
