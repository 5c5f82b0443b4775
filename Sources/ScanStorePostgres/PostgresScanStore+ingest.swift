import Foundation
import PostgresNIO
public import ScanCore

extension PostgresScanStore {
    public func ingest(_ batches: [IngestBatch]) async throws -> [ScanRun] {
        guard !batches.isEmpty else { return [] }
        return try await transaction { connection in
            var runs: [ScanRun] = []
            for batch in batches {
                runs.append(try await connection.ingest(batch, logger: logger))
            }
            return runs
        }
    }

    public func knownFindings(
        definitionID: Identifier<ScanDefinition>,
        tenant: TenantID,
        fingerprints: [String]
    ) async throws -> [KnownFinding] {
        guard !fingerprints.isEmpty else { return [] }
        return try await read { connection in
            try await connection.rows(
                """
                SELECT id, fingerprint, status, triage_state FROM findings
                WHERE definition_id = \(definitionID.rawValue) AND tenant_id = \(tenant.rawValue)
                  AND fingerprint = ANY(\(fingerprints))
                ORDER BY fingerprint
                """,
                logger: logger
            ).map { row in
                KnownFinding(
                    fingerprint: try row.value("fingerprint"),
                    id: try row.value("id"),
                    status: try row.enumValue(FindingStatus.self, "status"),
                    triage: try row.value("triage_state", as: String?.self).flatMap(TriageState.init(rawValue:))
                )
            }
        }
    }

    public func dependencies(
        definitionID: Identifier<ScanDefinition>,
        tenant: TenantID
    ) async throws -> [DependencyRecord] {
        try await read { connection in
            try await connection.rows(
                """
                SELECT * FROM dependencies
                WHERE definition_id = \(definitionID.rawValue) AND tenant_id = \(tenant.rawValue)
                ORDER BY tool, target, name, version
                """,
                logger: logger
            ).map { row in
                let target: String = try row.value("target")
                return DependencyRecord(
                    tool: try row.value("tool"),
                    target: target,
                    dependency: IngestedDependency(
                        name: try row.value("name"),
                        version: try row.value("version"),
                        ecosystem: try row.value("ecosystem"),
                        purl: try row.value("purl"),
                        target: target.isEmpty ? nil : target
                    ),
                    runID: Identifier(try row.value("run_id")),
                    seenAt: try row.value("seen_at")
                )
            }
        }
    }
}
