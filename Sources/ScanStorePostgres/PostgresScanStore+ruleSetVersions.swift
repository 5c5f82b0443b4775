public import Foundation
import Logging
import PostgresNIO
public import ScanCore

extension PostgresScanStore {
    /// Inserts version `latest + 1` and copies it into every definition of the tenant that
    /// follows the set, so their next run scans with it.
    ///
    /// The version number comes from incrementing `latest_version` in place, which holds
    /// the rule set's row lock until commit: concurrent additions number one after the
    /// other instead of reading the same latest version.
    /// - Throws: `.notFound` when the rule set is not in the tenant.
    public func addRuleSetVersion(
        _ id: Identifier<RuleSetRecord>,
        tenant: TenantID,
        document: String,
        actor: String,
        at: Date
    ) async throws -> RuleSetVersion {
        try await transaction { connection in
            guard
                let row = try await connection.row(
                    """
                    UPDATE rule_sets SET latest_version = latest_version + 1, updated_at = \(at)
                    WHERE id = \(id.rawValue) AND tenant_id = \(tenant.rawValue)
                    RETURNING latest_version
                    """,
                    logger: logger
                )
            else { throw ScanError(.notFound, "rule set \(id) not found") }
            let version = RuleSetVersion(
                ruleSetID: id,
                version: try row.value("latest_version"),
                document: document,
                createdBy: actor,
                createdAt: at
            )
            try await connection.run(
                """
                INSERT INTO rule_set_versions (rule_set_id, version, document, created_by, created_at)
                VALUES (\(id.rawValue), \(version.version), \(document), \(actor), \(at))
                """,
                logger: logger
            )
            try await connection.run(
                """
                UPDATE scan_definitions SET rule_set = \(document), rule_set_version = \(version.version)
                WHERE rule_set_id = \(id.rawValue) AND tenant_id = \(tenant.rawValue)
                """,
                logger: logger
            )
            return version
        }
    }

    public func ruleSetVersions(_ id: Identifier<RuleSetRecord>, tenant: TenantID) async throws -> [RuleSetVersion] {
        try await read { connection in
            try await connection.rows(
                """
                SELECT v.* FROM rule_set_versions v JOIN rule_sets s ON s.id = v.rule_set_id
                WHERE v.rule_set_id = \(id.rawValue) AND s.tenant_id = \(tenant.rawValue) ORDER BY v.version DESC
                """,
                logger: logger
            ).map { try $0.ruleSetVersion() }
        }
    }

    public func ruleSetVersion(
        _ id: Identifier<RuleSetRecord>,
        version: Int,
        tenant: TenantID
    ) async throws -> RuleSetVersion? {
        try await read { connection in
            try await connection.row(
                """
                SELECT v.* FROM rule_set_versions v JOIN rule_sets s ON s.id = v.rule_set_id
                WHERE v.rule_set_id = \(id.rawValue) AND v.version = \(version) AND s.tenant_id = \(tenant.rawValue)
                """,
                logger: logger
            )?.ruleSetVersion()
        }
    }
}
