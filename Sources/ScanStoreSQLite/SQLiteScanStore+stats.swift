import Foundation
import GRDB
public import ScanCore

extension SQLiteScanStore {
    /// Counts in one read transaction, so the totals agree with each other.
    public func stats(tenant: TenantID) async throws -> ControlStats {
        try await read { db in
            ControlStats(
                openFindingsBySeverity: try db.counts(openFindings(by: "f.severity"), tenant, Severity.self),
                openFindingsByCategory: try db.counts(openFindings(by: "f.category"), tenant, RuleCategory.self),
                openFindingsBySource: try db.counts(
                    openFindings(by: "d.source_id", join: "JOIN scan_definitions d ON d.id = f.definition_id"),
                    tenant
                ),
                findingsByTriage: try db.counts(
                    """
                    SELECT triage_state, COUNT(*) FROM findings
                    WHERE tenant_id = ? AND triage_state IS NOT NULL GROUP BY 1
                    """,
                    tenant,
                    TriageState.self
                ),
                // An asset counts once per rule even when the rule classified it twice.
                assetsByClassification: try db.counts(
                    """
                    SELECT json_extract(c.value, '$.ruleID'), COUNT(DISTINCT a.id)
                    FROM assets a, json_each(a.classifications) c WHERE a.tenant_id = ? GROUP BY 1
                    """,
                    tenant
                ),
                runsByStatus: try db.counts(
                    "SELECT status, COUNT(*) FROM scan_runs WHERE tenant_id = ? GROUP BY 1",
                    tenant,
                    RunStatus.self
                )
            )
        }
    }
}

extension SQLiteScanStore {
    public func openFindingsBySeverity() async throws -> [Severity: Int] {
        try await read { db in
            var counts: [Severity: Int] = [:]
            let sql =
                "SELECT severity, COUNT(*) FROM findings WHERE status = 'open' AND triage_state IS NULL GROUP BY 1"
            for row in try Row.fetchAll(db, sql: sql) {
                if let severity = Severity(rawValue: row[0]) { counts[severity] = row[1] }
            }
            return counts
        }
    }
}

/// Counts of the tenant's open, untriaged findings grouped by `column`.
private func openFindings(by column: String, join: String = "") -> String {
    """
    SELECT \(column), COUNT(*) FROM findings f \(join)
    WHERE f.tenant_id = ? AND f.status = 'open' AND f.triage_state IS NULL GROUP BY 1
    """
}

extension Database {
    /// Reads `(key, count)` rows of a tenant's grouped query.
    fileprivate func counts(_ sql: String, _ tenant: TenantID) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for row in try Row.fetchAll(self, sql: sql, arguments: [tenant.rawValue]) {
            counts[row[0]] = row[1]
        }
        return counts
    }

    /// Reads `(key, count)` rows whose keys are the raw values of `type`.
    fileprivate func counts<Key: RawRepresentable & Hashable>(
        _ sql: String,
        _ tenant: TenantID,
        _ type: Key.Type
    ) throws -> [Key: Int] where Key.RawValue == String {
        var keyed: [Key: Int] = [:]
        for (raw, count) in try counts(sql, tenant) {
            guard let key = Key(rawValue: raw) else {
                throw ScanError(.storage, "unknown value '\(raw)' in the store")
            }
            keyed[key] = count
        }
        return keyed
    }
}
