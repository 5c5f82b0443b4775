import Foundation
import PostgresNIO
public import ScanCore

extension PostgresScanStore {
    /// The source's assets in path order; paths sort by byte (`COLLATE "C"`), as in SQLite.
    public func assets(source: Identifier<DataSource>, tenant: TenantID) async throws -> [Asset] {
        try await read { connection in
            try await connection.rows(
                """
                SELECT * FROM assets WHERE source_id = \(source.rawValue) AND tenant_id = \(tenant.rawValue)
                ORDER BY path COLLATE "C"
                """,
                logger: logger
            ).map { try $0.asset() }
        }
    }

    /// The children of `parentPath`, or the top level when it is `nil`, in path order.
    public func assets(source: Identifier<DataSource>, tenant: TenantID, parentPath: String?) async throws -> [Asset] {
        var filter = PostgresFilter()
        try filter.add("source_id = ?", source.rawValue)
        if let parentPath {
            try filter.add("parent_path = ?", parentPath)
        } else {
            try filter.add("parent_path IS NULL")
        }
        try filter.add("tenant_id = ?", tenant.rawValue)
        let sql = "SELECT * FROM assets \(filter.clause) ORDER BY path COLLATE \"C\""
        return try await read { [filter] connection in
            try await connection.rows(filter.query(sql), logger: logger).map { try $0.asset() }
        }
    }

    public func asset(source: Identifier<DataSource>, tenant: TenantID, path: String) async throws -> Asset? {
        try await read { connection in
            try await connection.row(
                """
                SELECT * FROM assets
                WHERE source_id = \(source.rawValue) AND path = \(path) AND tenant_id = \(tenant.rawValue)
                """,
                logger: logger
            )?.asset()
        }
    }
}
