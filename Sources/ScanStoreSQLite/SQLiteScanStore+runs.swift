public import Foundation
import GRDB
public import ScanCore

extension SQLiteScanStore {
    public func startRun(definitionID: Identifier<ScanDefinition>, tenant: TenantID, at: Date) async throws -> RunStart
    {
        try await write { db in try db.startRun(definitionID: definitionID, tenant: tenant, at: at) }
    }

    public func run(_ id: Identifier<ScanRun>, tenant: TenantID) async throws -> ScanRun? {
        try await read { db in
            try Row.fetchOne(
                db,
                sql: "SELECT * FROM scan_runs WHERE id = ? AND tenant_id = ?",
                arguments: [id.rawValue, tenant.rawValue]
            )?.scanRun()
        }
    }

    public func runs(
        tenant: TenantID,
        definitionID: Identifier<ScanDefinition>?,
        limit: Int
    ) async throws
        -> [ScanRun]
    {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM scan_runs WHERE tenant_id = ? AND (? IS NULL OR definition_id = ?)
                    ORDER BY created_at DESC, rowid DESC LIMIT ?
                    """,
                arguments: [tenant.rawValue, definitionID?.rawValue, definitionID?.rawValue, limit]
            ).map { try $0.scanRun() }
        }
    }

    public func cancelRun(_ id: Identifier<ScanRun>, tenant: TenantID, at: Date) async throws -> ScanRun {
        try await write { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: "SELECT * FROM scan_runs WHERE id = ? AND tenant_id = ?",
                    arguments: [id.rawValue, tenant.rawValue]
                )
            else { throw ScanError(.notFound, "run \(id) not found") }
            let run = try row.scanRun()
            guard run.status.isActive else {
                throw ScanError(.conflict, "run \(id) has already ended (\(run.status.rawValue))")
            }
            try db.execute(sql: "UPDATE scan_runs SET cancel_requested = 1 WHERE id = ?", arguments: [id.rawValue])
            // Jobs not yet started are dropped; leased ones drain and their results are kept.
            try db.execute(
                sql: """
                    UPDATE jobs SET state = 'cancelled', finished_at = ?
                    WHERE run_id = ? AND state = 'ready' AND kind IN ('enumerate', 'scan')
                    """,
                arguments: [at, id.rawValue]
            )
            try db.execute(
                sql: "UPDATE scan_runs SET open_jobs = open_jobs - ? WHERE id = ?",
                arguments: [db.changesCount, id.rawValue]
            )
            try db.audit(tenant: tenant, at: at, action: "run.cancel_requested", target: id.rawValue)
            try db.finishRunIfComplete(id, at: at)
            return try db.scanRun(id)
        }
    }

    public func objectRecords(run: Identifier<ScanRun>, tenant: TenantID) async throws -> [ObjectRecord] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT o.* FROM run_objects o JOIN scan_runs r ON r.id = o.run_id
                    WHERE o.run_id = ? AND r.tenant_id = ? ORDER BY o.path
                    """,
                arguments: [run.rawValue, tenant.rawValue]
            ).map { try $0.objectRecord() }
        }
    }
}
