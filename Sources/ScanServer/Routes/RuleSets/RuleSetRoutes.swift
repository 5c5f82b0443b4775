import Hummingbird
import ScanCore

/// `/api/v1/rulesets`: stored, versioned rule-set documents.
///
/// Every change adds a version; definitions that follow a rule set get the new version
/// copied in by the store.
struct RuleSetRoutes: APIRoutes {
    let environment: ServerEnvironment

    func register(on group: RouterGroup<APIContext>) {
        group.get("rulesets") { _, context in try await list(context) }
        group.post("rulesets") { request, context in try await create(request, context) }
        group.post("rulesets/validate") { request, context in try await validate(request, context) }
        group.get("rulesets/{id}") { _, context in try await read(context) }
        group.patch("rulesets/{id}") { request, context in try await update(request, context) }
        group.delete("rulesets/{id}") { _, context in try await delete(context) }
        group.get("rulesets/{id}/versions") { _, context in try await versions(context) }
        group.post("rulesets/{id}/versions") { request, context in try await addVersion(request, context) }
        group.get("rulesets/{id}/versions/{version}") { _, context in try await version(context) }
    }

    private func list(_ context: APIContext) async throws -> Response {
        let principal = try context.require(.read)
        let records = try await environment.store.ruleSets(tenant: principal.tenantID)
        return try JSONResponse.make(Page(items: records.map { RuleSetView($0) }))
    }

    private func create(_ request: Request, _ context: APIContext) async throws -> Response {
        let principal = try context.require(.administer)
        let input = try await BodyDecoder.decode(RuleSetInput.self, from: request)
        guard let name = input.name else { throw APIProblem.invalid("name", "field 'name' is required") }
        guard let document = input.document else {
            throw APIProblem.invalid("document", "field 'document' is required")
        }
        try NameRule.check(name, field: "name")
        try RuleSetInput.checkDescription(input.description ?? "")
        _ = try RuleDocument.parse(document)
        let now = environment.now()
        var record = RuleSetRecord(
            tenantID: principal.tenantID,
            name: name,
            description: input.description ?? "",
            createdAt: now,
            updatedAt: now
        )
        try await environment.store.save(record)
        let version = try await environment.store.addRuleSetVersion(
            record.id,
            tenant: principal.tenantID,
            document: document,
            actor: principal.actor,
            at: now
        )
        record.latestVersion = version.version
        try await environment.audit(context, principal, action: "ruleset.created", target: record.id.rawValue)
        return try JSONResponse.make(RuleSetView(record, document: document), status: .created)
    }

    private func validate(_ request: Request, _ context: APIContext) async throws -> Response {
        _ = try context.require(.read)
        let input = try await BodyDecoder.decode(DocumentInput.self, from: request)
        let problems = RuleDocument.problems(of: input.document)
        return try JSONResponse.make(DocumentValidation(valid: problems.isEmpty, errors: problems))
    }

    private func read(_ context: APIContext) async throws -> Response {
        let principal = try context.require(.read)
        let record = try await environment.ruleSet(context, principal)
        let latest = try await environment.latestVersion(of: record)
        return try JSONResponse.make(RuleSetView(record, document: latest.document))
    }

    private func update(_ request: Request, _ context: APIContext) async throws -> Response {
        let principal = try context.require(.administer)
        let input = try await BodyDecoder.decode(RuleSetInput.self, from: request)
        guard input.document == nil else {
            throw APIProblem.invalid("document", "add a version with POST /rulesets/{id}/versions")
        }
        var record = try await environment.ruleSet(context, principal)
        if let name = input.name {
            try NameRule.check(name, field: "name")
            record.name = name
        }
        if let description = input.description {
            try RuleSetInput.checkDescription(description)
            record.description = description
        }
        try await environment.store.save(record)
        try await environment.audit(context, principal, action: "ruleset.updated", target: record.id.rawValue)
        return try JSONResponse.make(RuleSetView(record))
    }

    private func delete(_ context: APIContext) async throws -> Response {
        let principal = try context.require(.administer)
        let record = try await environment.ruleSet(context, principal)
        try await environment.store.deleteRuleSet(record.id, tenant: principal.tenantID)
        try await environment.audit(context, principal, action: "ruleset.deleted", target: record.id.rawValue)
        return JSONResponse.noContent()
    }

    private func versions(_ context: APIContext) async throws -> Response {
        let principal = try context.require(.read)
        let record = try await environment.ruleSet(context, principal)
        let versions = try await environment.store.ruleSetVersions(record.id, tenant: principal.tenantID)
        return try JSONResponse.make(Page(items: versions))
    }

    private func addVersion(_ request: Request, _ context: APIContext) async throws -> Response {
        let principal = try context.require(.administer)
        let record = try await environment.ruleSet(context, principal)
        let input = try await BodyDecoder.decode(DocumentInput.self, from: request)
        _ = try RuleDocument.parse(input.document)
        let version = try await environment.store.addRuleSetVersion(
            record.id,
            tenant: principal.tenantID,
            document: input.document,
            actor: principal.actor,
            at: environment.now()
        )
        try await environment.audit(
            context,
            principal,
            action: "ruleset.version_added",
            target: record.id.rawValue,
            detail: "version \(version.version)"
        )
        return try JSONResponse.make(version, status: .created)
    }

    private func version(_ context: APIContext) async throws -> Response {
        let principal = try context.require(.read)
        let record = try await environment.ruleSet(context, principal)
        let text = try context.parameters.require("version")
        guard let number = Int(text) else {
            throw APIProblem.badRequest("'version' must be an integer", field: "version")
        }
        guard
            let version = try await environment.store.ruleSetVersion(
                record.id,
                version: number,
                tenant: principal.tenantID
            )
        else { throw APIProblem.notFound("rule set \(record.id) version \(number)") }
        return try JSONResponse.make(version)
    }
}
