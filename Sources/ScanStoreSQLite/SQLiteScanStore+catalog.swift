import Foundation
import GRDB
public import ScanCore

extension SQLiteScanStore {
    public func assets(source: Identifier<DataSource>, tenant: TenantID, parentPath: String?) async throws -> [Asset] {
        try await read { db in
            // `IS` matches NULL for the top level and is still answered by `assets_by_parent`.
            try Row.fetchAll(
                db,
                sql: "SELECT * FROM assets WHERE source_id = ? AND parent_path IS ? AND tenant_id = ? ORDER BY path",
                arguments: [source.rawValue, parentPath, tenant.rawValue]
            ).map { try $0.asset() }
        }
    }

    public func asset(source: Identifier<DataSource>, tenant: TenantID, path: String) async throws -> Asset? {
        try await read { db in
            try Row.fetchOne(
                db,
                sql: "SELECT * FROM assets WHERE source_id = ? AND path = ? AND tenant_id = ?",
                arguments: [source.rawValue, path, tenant.rawValue]
            )?.asset()
        }
    }
}
