import Foundation
import Logging
import PostgresNIO
import ScanCore
import ScanStoreSQL

/// The claim's candidate selection and the caps across workers.
extension PostgresConnection {
    /// The claim's candidates (see ``ClaimCandidatesStatement``); admission may turn a few
    /// away at their caps, so it looks a little past the limit.
    func claimCandidates(_ request: ClaimRequest, logger: Logger) async throws -> [ClaimAdmission.Candidate] {
        let statement = ClaimCandidatesStatement(
            now: request.readyBefore ?? request.now,
            kinds: request.kinds.map(\.rawValue).sorted(),
            sources: request.sources.sorted(),
            labels: request.labels.sorted(),
            limit: request.limit * 4,
            agent: request.agent
        )
        return try await rows(statement, logger: logger)
            .map { row in
                ClaimAdmission.Candidate(
                    id: try row.value("id"),
                    kind: try row.value("kind"),
                    tenant: try row.value("tenant_id"),
                    tenantCap: try row.value("tenant_cap"),
                    tenantInUse: 0,
                    source: try row.value("source_id"),
                    sourceCap: try row.value("source_cap"),
                    sourceInUse: 0
                )
            }
    }

    /// Serializes the claims that touch the same capped source or tenant with advisory
    /// locks held to the end of the transaction, then counts their leased jobs afresh: a
    /// claim that waited sees the leases its predecessor committed, so ten workers never
    /// run more jobs on a source than its cap.
    func recountCapped(
        _ candidates: [ClaimAdmission.Candidate],
        logger: Logger
    ) async throws -> [ClaimAdmission.Candidate] {
        let sources = Set(candidates.compactMap { $0.sourceCap != nil && $0.touchesSource ? $0.source : nil })
        let tenants = Set(candidates.compactMap { $0.tenantCap != nil ? $0.tenant : nil })
        guard !sources.isEmpty || !tenants.isEmpty else { return candidates }
        // One lock order for everyone, so two claims never wait on each other in a cycle.
        let keys = sources.map { "source:" + $0 } + tenants.map { "tenant:" + $0 }
        try await run(
            "SELECT pg_advisory_xact_lock(hashtext(k)) FROM unnest(\(keys.sorted())::text[]) AS k ORDER BY k",
            logger: logger
        )
        let sourceUse = try await leasedCounts(column: "source_id", keys: sources, sourceJobsOnly: true, logger: logger)
        let tenantUse = try await leasedCounts(
            column: "tenant_id",
            keys: tenants,
            sourceJobsOnly: false,
            logger: logger
        )
        return candidates.map { candidate in
            var fresh = candidate
            fresh.sourceInUse = candidate.source.flatMap { sourceUse[$0] } ?? 0
            fresh.tenantInUse = tenantUse[candidate.tenant] ?? 0
            return fresh
        }
    }

    private func leasedCounts(
        column: String,
        keys: Set<String>,
        sourceJobsOnly: Bool,
        logger: Logger
    ) async throws -> [String: Int] {
        guard !keys.isEmpty else { return [:] }
        let kinds = sourceJobsOnly ? ["enumerate", "scan"] : JobKind.allCases.map(\.rawValue)
        let rows = try await rows(
            """
            SELECT \(unescaped: column) AS key, count(*) AS leased FROM jobs
            WHERE state = 'leased' AND \(unescaped: column) = ANY(\(keys.sorted())) AND kind = ANY(\(kinds))
            GROUP BY \(unescaped: column)
            """,
            logger: logger
        )
        var counts: [String: Int] = [:]
        for row in rows {
            counts[try row.value("key")] = try row.value("leased")
        }
        return counts
    }
}
