import Foundation
import GRDB
import ScanCore
import ScanStoreSQL

/// Starting a run, shared by manual triggers and the scheduler so both obey the same
/// "one active run per definition" rule.
extension Database {
    /// Returns the definition's active run (`created == false`), or inserts a pending run
    /// with its root enumeration job.
    /// - Throws: `.notFound` when the definition is not in the tenant.
    func startRun(definitionID: Identifier<ScanDefinition>, tenant: TenantID, at: Date) throws -> RunStart {
        if let active = try activeRun(definitionID: definitionID, tenant: tenant) {
            return RunStart(run: active, created: false)
        }
        guard
            let priority = try Int.fetchOne(
                self,
                sql: "SELECT priority FROM scan_definitions WHERE id = ? AND tenant_id = ?",
                arguments: [definitionID.rawValue, tenant.rawValue]
            )
        else {
            throw ScanError(.notFound, "scan definition \(definitionID) not found")
        }
        let run = ScanRun(tenantID: tenant, definitionID: definitionID, createdAt: at)
        try insertRun(run)
        let root = PipelineJobs.root(run: run.id, priority: priority)
        _ = try enqueue([root], run: run.id, tenant: tenant, parent: nil, at: at)
        try audit(tenant: tenant, at: at, action: "run.created", target: run.id.rawValue)
        return RunStart(run: try scanRun(run.id), created: true)
    }

    /// The pending or running run of the definition, if any.
    func activeRun(definitionID: Identifier<ScanDefinition>, tenant: TenantID) throws -> ScanRun? {
        try Row.fetchOne(
            self,
            sql: """
                SELECT * FROM scan_runs WHERE definition_id = ? AND tenant_id = ?
                    AND status IN ('pending', 'running')
                """,
            arguments: [definitionID.rawValue, tenant.rawValue]
        )?.scanRun()
    }
}
