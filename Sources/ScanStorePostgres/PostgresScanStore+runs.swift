public import Foundation
import PostgresNIO
public import ScanCore

extension PostgresScanStore {
    public func startRun(definitionID: Identifier<ScanDefinition>, tenant: TenantID, at: Date) async throws -> RunStart
    {
        try await transaction { connection in
            try await connection.startRun(definitionID: definitionID, tenant: tenant, at: at, logger: logger)
        }
    }

    public func run(_ id: Identifier<ScanRun>, tenant: TenantID) async throws -> ScanRun? {
        try await read { connection in
            try await connection.row(
                "SELECT * FROM run_view WHERE id = \(id.rawValue) AND tenant_id = \(tenant.rawValue)",
                logger: logger
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
        try await read { connection in
            try await connection.rows(
                """
                SELECT * FROM run_view
                WHERE tenant_id = \(tenant.rawValue)
                  AND (\(definitionID?.rawValue)::text IS NULL OR definition_id = \(definitionID?.rawValue))
                ORDER BY created_at DESC, id DESC LIMIT \(limit)
                """,
                logger: logger
            ).map { try $0.scanRun() }
        }
    }

    public func cancelRun(_ id: Identifier<ScanRun>, tenant: TenantID, at: Date) async throws -> ScanRun {
        try await transaction { connection in
            // Lock the run first, so a worker finishing it waits for the cancel (or the
            // cancel sees it ended).
            try await connection.run("SELECT 1 FROM scan_runs WHERE id = \(id.rawValue) FOR UPDATE", logger: logger)
            guard
                let row = try await connection.row(
                    "SELECT * FROM run_view WHERE id = \(id.rawValue) AND tenant_id = \(tenant.rawValue)",
                    logger: logger
                )
            else { throw ScanError(.notFound, "run \(id) not found") }
            let run = try row.scanRun()
            guard run.status.isActive else {
                throw ScanError(.conflict, "run \(id) has already ended (\(run.status.rawValue))")
            }
            // Jobs not yet started are dropped; leased ones drain and their results are kept.
            let dropped = try await connection.count(
                """
                UPDATE jobs SET state = 'cancelled', finished_at = \(at)
                WHERE run_id = \(id.rawValue) AND state = 'ready' AND kind IN ('enumerate', 'scan')
                RETURNING 1
                """,
                logger: logger
            )
            try await connection.run(
                """
                UPDATE scan_runs SET cancel_requested = 1 WHERE id = \(id.rawValue)
                """,
                logger: logger
            )
            try await connection.bump(id, RunDelta(openJobs: -dropped), logger: logger)
            try await connection.notifyRunCancelled(id, logger: logger)
            try await connection.insertAudit(
                tenant: tenant,
                at: at,
                action: "run.cancel_requested",
                target: id.rawValue,
                logger: logger
            )
            try await connection.finishRunIfComplete(id, at: at, logger: logger)
            return try await connection.scanRun(id, logger: logger)
        }
    }

    public func objectRecords(run: Identifier<ScanRun>, tenant: TenantID) async throws -> [ObjectRecord] {
        try await read { connection in
            try await connection.rows(
                """
                SELECT o.* FROM run_objects o JOIN scan_runs r ON r.id = o.run_id
                WHERE o.run_id = \(run.rawValue) AND r.tenant_id = \(tenant.rawValue) ORDER BY o.path COLLATE "C"
                """,
                logger: logger
            ).map { try $0.objectRecord() }
        }
    }
}
