import Hummingbird
import ScanCore
import ScanRules

/// `/api/v1/classifiers`: the built-in classifiers, for rule authors and dashboards.
struct ClassifierRoutes: APIRoutes {
    let environment: ServerEnvironment

    func register(on group: RouterGroup<APIContext>) {
        group.get("classifiers") { request, context in try list(request, context) }
        group.get("classifiers/{id}") { _, context in try read(context) }
    }

    private func list(_ request: Request, _ context: APIContext) throws -> Response {
        _ = try context.require(.read)
        let category = try QueryParameters(request).value("category", as: RuleCategory.self)
        let classifiers = BuiltinClassifiers.all.filter { category == nil || $0.category == category }
        return try JSONResponse.make(Page(items: classifiers.map { ClassifierView(summary: $0) }))
    }

    private func read(_ context: APIContext) throws -> Response {
        _ = try context.require(.read)
        let id = try context.parameters.require("id")
        guard let classifier = BuiltinClassifiers.classifier(id: id) else {
            throw APIProblem.notFound("classifier \(id)")
        }
        return try JSONResponse.make(ClassifierView(detail: classifier))
    }
}
