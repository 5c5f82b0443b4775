import Hummingbird
import ScanCore

extension ServerEnvironment {
    /// The rule set named by the `{id}` path parameter in the caller's tenant.
    /// - Throws: 404 when it does not exist or belongs to another tenant.
    func ruleSet(_ context: APIContext, _ principal: Principal) async throws -> RuleSetRecord {
        let id = Identifier<RuleSetRecord>(try context.parameters.require("id"))
        guard let record = try await store.ruleSet(id, tenant: principal.tenantID) else {
            throw APIProblem.notFound("rule set \(id)")
        }
        return record
    }

    /// The newest version of `record`.
    func latestVersion(of record: RuleSetRecord) async throws -> RuleSetVersion {
        guard
            let version = try await store.ruleSetVersion(
                record.id,
                version: record.latestVersion,
                tenant: record.tenantID
            )
        else { throw APIProblem.notFound("rule set \(record.id) version \(record.latestVersion)") }
        return version
    }
}
