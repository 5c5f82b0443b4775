import Foundation
import ScanCore

extension ScanInput {
    /// A new definition from a complete body.
    /// - Throws: 422 naming the field for a missing name or source, or anything ``apply(to:store:at:)`` rejects.
    func makeDefinition(tenant: TenantID, store: any ControlPlaneStore, at now: Date) async throws -> ScanDefinition {
        guard let name else { throw APIProblem.invalid("name", "field 'name' is required") }
        guard let sourceID else { throw APIProblem.invalid("source_id", "field 'source_id' is required") }
        let blank = ScanDefinition(tenantID: tenant, name: name, sourceID: Identifier(sourceID), createdAt: now)
        return try await apply(to: blank, store: store, at: now, isNew: true)
    }

    /// `definition` with the fields present in the body replaced and checked: the source
    /// and stored rule set must exist in the tenant, the schedule must be valid and an
    /// inline rule set must parse. `next_run_at` is recomputed when the definition is new,
    /// its schedule changed or it was resumed.
    func apply(
        to definition: ScanDefinition,
        store: any ControlPlaneStore,
        at now: Date,
        isNew: Bool = false
    ) async throws -> ScanDefinition {
        var updated = definition
        if let name { updated.name = name }
        try NameRule.check(updated.name, field: "name")
        if let sourceID {
            guard try await store.source(Identifier(sourceID), tenant: definition.tenantID) != nil else {
                throw APIProblem.invalid("source_id", "source '\(sourceID)' does not exist")
            }
            updated.sourceID = Identifier(sourceID)
        }
        if let scope { updated.scope = scope.filter }
        if let priority { updated.priority = priority }
        if let paused { updated.paused = paused }
        if let toolCommand {
            do {
                try toolCommand?.validate()
            } catch let error as ScanError {
                throw APIProblem.invalid("tool_command", error.message)
            }
            updated.toolCommand = toolCommand
        }
        try await applyRuleSet(to: &updated, store: store)
        if let schedule { updated.schedule = try ScheduleCheck.validated(schedule.schedule) }
        let resumed = definition.paused && !updated.paused
        if isNew || schedule != nil || resumed {
            updated.nextRunAt = try ScheduleCheck.nextRun(for: updated, at: now)
        }
        return updated
    }

    private func applyRuleSet(to definition: inout ScanDefinition, store: any ControlPlaneStore) async throws {
        switch (ruleSet, ruleSetID) {
        case (.some, .some):
            throw APIProblem.invalid("rule_set_id", "give either 'rule_set' or 'rule_set_id', not both")
        case (.some(let document), nil):
            if document.isEmpty {
                definition.ruleSet = nil
            } else {
                try RuleSetCheck.parse(document, field: "rule_set")
                definition.ruleSet = document
            }
            definition.ruleSetID = nil
            definition.ruleSetVersion = nil
        case (nil, .some(let id)):
            let version = try await RuleSetCheck.latestVersion(of: id, tenant: definition.tenantID, store: store)
            definition.ruleSet = version.document
            definition.ruleSetID = version.ruleSetID
            definition.ruleSetVersion = version.version
        case (nil, nil):
            break
        }
    }
}
