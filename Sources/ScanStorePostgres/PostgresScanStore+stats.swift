import Foundation
import PostgresNIO
public import ScanCore

extension PostgresScanStore {
    /// Every count in one statement, so the totals agree with each other: under READ
    /// COMMITTED each statement sees its own snapshot.
    public func stats(tenant: TenantID) async throws -> ControlStats {
        let groups = StatsGroup.allCases.map { "SELECT '\($0.rawValue)' AS grp, * FROM (\($0.sql)) g" }
        var bindings = PostgresBindings()
        bindings.append(tenant.rawValue)
        let query = PostgresQuery(unsafeSQL: groups.joined(separator: " UNION ALL "), binds: bindings)
        let rows = try await read { connection in try await connection.rows(query, logger: logger) }
        var counts: [StatsGroup: [String: Int]] = [:]
        for row in rows {
            let group = try row.enumValue(StatsGroup.self, "grp")
            counts[group, default: [:]][try row.value("key", as: String.self)] = try row.value("n", as: Int.self)
        }
        return ControlStats(
            openFindingsBySeverity: try keyed(counts[.severity], Severity.self),
            openFindingsByCategory: try keyed(counts[.category], RuleCategory.self),
            openFindingsBySource: counts[.source] ?? [:],
            findingsByTriage: try keyed(counts[.triage], TriageState.self),
            assetsByClassification: counts[.classification] ?? [:],
            runsByStatus: try keyed(counts[.runStatus], RunStatus.self)
        )
    }

    public func openFindingsBySeverity() async throws -> [Severity: Int] {
        let rows = try await read { connection in
            try await connection.rows(
                """
                SELECT severity, COUNT(*) AS n FROM findings
                WHERE status = 'open' AND triage_state IS NULL GROUP BY 1
                """,
                logger: logger
            )
        }
        var counts: [Severity: Int] = [:]
        for row in rows {
            if let severity = Severity(rawValue: try row.value("severity")) { counts[severity] = try row.value("n") }
        }
        return counts
    }
}

/// The groups of ``ControlStats``, each a `(key, n)` query of the tenant (`$1`).
private enum StatsGroup: String, CaseIterable {
    case severity
    case category
    case source
    case triage
    case classification
    case runStatus

    var sql: String {
        switch self {
        case .severity: openFindings(by: "f.severity")
        case .category: openFindings(by: "f.category")
        case .source: openFindings(by: "d.source_id", join: "JOIN scan_definitions d ON d.id = f.definition_id")
        case .triage:
            """
            SELECT triage_state AS key, COUNT(*) AS n FROM findings
            WHERE tenant_id = $1 AND triage_state IS NOT NULL GROUP BY 1
            """
        // An asset counts once per rule even when the rule classified it twice.
        case .classification:
            """
            SELECT c ->> 'ruleID' AS key, COUNT(DISTINCT a.id) AS n
            FROM assets a, jsonb_array_elements(a.classifications::jsonb) c WHERE a.tenant_id = $1 GROUP BY 1
            """
        case .runStatus: "SELECT status AS key, COUNT(*) AS n FROM scan_runs WHERE tenant_id = $1 GROUP BY 1"
        }
    }

    /// Counts of the tenant's open, untriaged findings grouped by `column`.
    private func openFindings(by column: String, join: String = "") -> String {
        """
        SELECT \(column) AS key, COUNT(*) AS n FROM findings f \(join)
        WHERE f.tenant_id = $1 AND f.status = 'open' AND f.triage_state IS NULL GROUP BY 1
        """
    }
}

/// `counts` with keys read as the raw values of `type`.
private func keyed<Key: RawRepresentable & Hashable>(
    _ counts: [String: Int]?,
    _ type: Key.Type
) throws -> [Key: Int] where Key.RawValue == String {
    var keyed: [Key: Int] = [:]
    for (raw, count) in counts ?? [:] {
        guard let key = Key(rawValue: raw) else {
            throw ScanError(.storage, "unknown value '\(raw)' in the store")
        }
        keyed[key] = count
    }
    return keyed
}
