import Foundation
import GRDB
public import ScanCore
import ScanStoreSQL

extension SQLiteScanStore {
    public func ingest(_ batches: [IngestBatch]) async throws -> [ScanRun] {
        guard !batches.isEmpty else { return [] }
        return try await write { db in try batches.map { try db.ingest($0) } }
    }

    public func knownFindings(
        definitionID: Identifier<ScanDefinition>,
        tenant: TenantID,
        fingerprints: [String]
    ) async throws -> [KnownFinding] {
        guard !fingerprints.isEmpty else { return [] }
        let list = try JSONColumn.encode(fingerprints)
        return try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT id, fingerprint, status, triage_state FROM findings
                    WHERE definition_id = ? AND tenant_id = ? AND fingerprint IN (SELECT value FROM json_each(?))
                    ORDER BY fingerprint
                    """,
                arguments: [definitionID.rawValue, tenant.rawValue, list]
            ).map { row in
                KnownFinding(
                    fingerprint: row["fingerprint"],
                    id: row["id"],
                    status: try row.enumValue(FindingStatus.self, "status"),
                    triage: (row["triage_state"] as String?).flatMap(TriageState.init(rawValue:))
                )
            }
        }
    }

    public func dependencies(
        definitionID: Identifier<ScanDefinition>,
        tenant: TenantID
    ) async throws -> [DependencyRecord] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM dependencies WHERE definition_id = ? AND tenant_id = ?
                    ORDER BY tool, target, name, version
                    """,
                arguments: [definitionID.rawValue, tenant.rawValue]
            ).map { row in
                DependencyRecord(
                    tool: row["tool"],
                    target: row["target"],
                    dependency: IngestedDependency(
                        name: row["name"],
                        version: row["version"],
                        ecosystem: row["ecosystem"],
                        purl: row["purl"],
                        target: (row["target"] as String).isEmpty ? nil : row["target"]
                    ),
                    runID: Identifier(row["run_id"]),
                    seenAt: row["seen_at"]
                )
            }
        }
    }
}
