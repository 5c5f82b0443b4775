import ScanCore

/// Rule set checks for definitions.
enum RuleSetCheck {
    /// Parses an inline document the way stored rule sets are checked (``RuleDocument``).
    /// - Throws: 422 on `field` with the parser's `line:column` message.
    static func parse(_ document: String, field: String) throws {
        try RuleDocument.parse(document, field: field)
    }

    /// The latest version of a stored rule set of the tenant.
    /// - Throws: 422 on `rule_set_id` when it does not exist or has no version yet.
    static func latestVersion(
        of id: String,
        tenant: TenantID,
        store: any ControlPlaneStore
    ) async throws -> RuleSetVersion {
        let ruleSetID = Identifier<RuleSetRecord>(id)
        guard let record = try await store.ruleSet(ruleSetID, tenant: tenant) else {
            throw APIProblem.invalid("rule_set_id", "rule set '\(id)' does not exist")
        }
        guard record.latestVersion > 0,
            let version = try await store.ruleSetVersion(ruleSetID, version: record.latestVersion, tenant: tenant)
        else {
            throw APIProblem.invalid("rule_set_id", "rule set '\(id)' has no version yet")
        }
        return version
    }
}
