import Hummingbird
import ScanCore
import ScanRules

/// `/api/v1/rulesets/{id}/rules`: the custom rules of a rule set's latest document.
///
/// Each change rewrites the document's `custom_rules` list, validates the result like any
/// document and stores it as the next version.
struct CustomRuleRoutes: APIRoutes {
    let environment: ServerEnvironment

    func register(on group: RouterGroup<APIContext>) {
        group.get("rulesets/{id}/rules") { _, context in try await list(context) }
        group.post("rulesets/{id}/rules") { request, context in try await add(request, context) }
        group.get("rulesets/{id}/rules/{rule_id}") { _, context in try await read(context) }
        group.put("rulesets/{id}/rules/{rule_id}") { request, context in try await replace(request, context) }
        group.delete("rulesets/{id}/rules/{rule_id}") { _, context in try await remove(context) }
    }

    private func list(_ context: APIContext) async throws -> Response {
        let rules = try await latestRules(context)
        return try JSONResponse.make(Page(items: rules.map(CustomRuleView.init)))
    }

    private func read(_ context: APIContext) async throws -> Response {
        let ruleID = try context.parameters.require("rule_id")
        guard let rule = try await latestRules(context).first(where: { $0.id == ruleID }) else {
            throw APIProblem.notFound("rule \(ruleID)")
        }
        return try JSONResponse.make(CustomRuleView(rule))
    }

    private func add(_ request: Request, _ context: APIContext) async throws -> Response {
        // The role is checked before the body so a caller without it learns nothing more.
        _ = try context.require(.administer)
        let input = try await BodyDecoder.decode(CustomRuleInput.self, from: request)
        guard let ruleID = input.id else { throw APIProblem.invalid("id", "field 'id' is required") }
        let change = try await edit(context, action: "ruleset.rule_added", ruleID: ruleID) { editor in
            guard editor.index(of: ruleID) == nil else {
                throw APIProblem(status: .conflict, title: "Conflict", detail: "rule \(ruleID) already exists")
            }
            return editor.append(input.node(id: ruleID))
        }
        return try JSONResponse.make(change, status: .created)
    }

    private func replace(_ request: Request, _ context: APIContext) async throws -> Response {
        _ = try context.require(.administer)
        let ruleID = try context.parameters.require("rule_id")
        let input = try await BodyDecoder.decode(CustomRuleInput.self, from: request)
        if let id = input.id, id != ruleID {
            throw APIProblem.invalid("id", "field 'id' must match the rule id in the path")
        }
        let change = try await edit(context, action: "ruleset.rule_updated", ruleID: ruleID) { editor in
            guard let index = editor.index(of: ruleID) else { throw APIProblem.notFound("rule \(ruleID)") }
            editor.replace(at: index, with: input.node(id: ruleID))
            return index
        }
        return try JSONResponse.make(change)
    }

    private func remove(_ context: APIContext) async throws -> Response {
        let ruleID = try context.parameters.require("rule_id")
        let change = try await edit(context, action: "ruleset.rule_deleted", ruleID: ruleID) { editor in
            guard let index = editor.index(of: ruleID) else { throw APIProblem.notFound("rule \(ruleID)") }
            editor.remove(at: index)
            return nil
        }
        return try JSONResponse.make(change)
    }

    /// Applies `change` to the latest document, validates and stores the next version.
    /// `change` returns the position of the rule to answer with, or `nil` after a delete.
    private func edit(
        _ context: APIContext,
        action: String,
        ruleID: String,
        _ change: (inout CustomRuleEditor) throws -> Int?
    ) async throws -> CustomRuleChange {
        let principal = try context.require(.administer)
        let record = try await environment.ruleSet(context, principal)
        var editor = try CustomRuleEditor(document: try await environment.latestVersion(of: record).document)
        let index = try change(&editor)
        let document = try editor.serialized()
        let ruleSet = try Self.validate(document, editedIndex: index)
        let version = try await environment.store.addRuleSetVersion(
            record.id,
            tenant: principal.tenantID,
            document: document,
            actor: principal.actor,
            at: environment.now()
        )
        try await environment.audit(
            context,
            principal,
            action: action,
            target: record.id.rawValue,
            detail: "rule \(ruleID), version \(version.version)"
        )
        let rule = ruleSet.customRules.first { $0.id == ruleID }.map(CustomRuleView.init)
        return CustomRuleChange(rule: rule, version: version.version)
    }

    /// Parses the edited document; a problem inside the edited rule names the rule's field.
    private static func validate(_ document: String, editedIndex: Int?) throws -> RuleSet {
        do {
            return try RuleDocument.parse(document)
        } catch var problem as APIProblem {
            let parsed = DocumentProblem(problem.detail)
            if let editedIndex, let path = parsed.path, path.hasPrefix("custom_rules[\(editedIndex)]") {
                let key = path.dropFirst("custom_rules[\(editedIndex)]".count).drop { $0 == "." }
                problem.field = key.isEmpty ? "body" : String(key.prefix { $0 != "[" })
            } else {
                problem.field = "body"
            }
            throw problem
        }
    }

    private func latestRules(_ context: APIContext) async throws -> [CustomRule] {
        let principal = try context.require(.read)
        let record = try await environment.ruleSet(context, principal)
        return try RuleDocument.parse(try await environment.latestVersion(of: record).document).customRules
    }
}
