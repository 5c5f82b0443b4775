import Foundation
import GRDB
public import ScanCore

extension SQLiteScanStore {
    public func sources(tenant: TenantID) async throws -> [DataSource] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT * FROM sources WHERE tenant_id = ? ORDER BY name",
                arguments: [tenant.rawValue]
            ).map { try $0.dataSource() }
        }
    }

    /// Deletes the source; foreign keys cascade to its definitions, their runs, jobs and
    /// findings, and its assets.
    public func deleteSource(_ id: Identifier<DataSource>, tenant: TenantID) async throws {
        try await write { db in
            guard try db.owns("sources", id: id.rawValue, tenant: tenant) else {
                throw ScanError(.notFound, "source \(id) not found")
            }
            let active = try Bool.fetchOne(
                db,
                sql: """
                    SELECT EXISTS (SELECT 1 FROM scan_runs r JOIN scan_definitions d ON d.id = r.definition_id
                        WHERE d.source_id = ? AND r.status IN ('pending', 'running'))
                    """,
                arguments: [id.rawValue]
            )
            guard active != true else { throw ScanError(.conflict, "source \(id) has an active run") }
            try db.execute(sql: "DELETE FROM sources WHERE id = ?", arguments: [id.rawValue])
        }
    }

    public func definitions(tenant: TenantID, sourceID: Identifier<DataSource>?) async throws -> [ScanDefinition] {
        var filter = SQLFilter()
        filter.add("tenant_id = ?", tenant.rawValue)
        filter.add("source_id = ?", ifSet: sourceID?.rawValue)
        return try await read { [filter] db in
            try Row.fetchAll(
                db,
                sql: "SELECT * FROM scan_definitions \(filter.clause) ORDER BY name",
                arguments: filter.arguments
            ).map { try $0.scanDefinition() }
        }
    }

    /// Deletes the definition; foreign keys cascade to its runs, jobs, findings and fired
    /// slots. The source's assets stay: they belong to the source.
    public func deleteDefinition(_ id: Identifier<ScanDefinition>, tenant: TenantID) async throws {
        try await write { db in
            guard try db.owns("scan_definitions", id: id.rawValue, tenant: tenant) else {
                throw ScanError(.notFound, "scan definition \(id) not found")
            }
            guard try db.activeRun(definitionID: id, tenant: tenant) == nil else {
                throw ScanError(.conflict, "scan definition \(id) has an active run")
            }
            try db.execute(sql: "DELETE FROM scan_definitions WHERE id = ?", arguments: [id.rawValue])
        }
    }
}
