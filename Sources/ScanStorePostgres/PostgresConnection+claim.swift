import Foundation
import Logging
import PostgresNIO
import ScanCore
import ScanStoreSQL

/// The claim's candidate selection and the caps across workers.
extension PostgresConnection {
    /// Ready jobs of the worker's kinds, sources and labels, in priority order, locked with
    /// `SKIP LOCKED` so concurrent claims take different rows, each with its caps. Sources
    /// and tenants at their cap are left out; admission may turn a few more away, so it
    /// looks a little past the limit.
    ///
    /// Every condition on other tables is a subquery under `OR`, which PostgreSQL keeps as a
    /// per-row check instead of turning it into a join: the scan then walks the ready-jobs
    /// index in priority order and stops at the limit, instead of sorting every ready job.
    func claimCandidates(_ request: ClaimRequest, logger: Logger) async throws -> [ClaimAdmission.Candidate] {
        let kinds = request.kinds.map(\.rawValue).sorted()
        let sources = request.sources.sorted()
        let labels = request.labels.sorted()
        let sourceKinds = ClaimAdmission.sourceKindsSQL
        return try await rows(
            """
            SELECT j.id, j.kind, j.tenant_id, j.source_id,
                (SELECT s.max_concurrency FROM sources s WHERE s.id = j.source_id) AS source_cap,
                (SELECT t.max_concurrency FROM tenant_limits t WHERE t.tenant_id = j.tenant_id) AS tenant_cap
            FROM jobs j
            WHERE j.state = 'ready' AND j.run_after <= \(request.now) AND j.kind = ANY(\(kinds))
              AND (cardinality(\(sources)::text[]) = 0 OR EXISTS (
                    SELECT 1 FROM sources s WHERE s.id = j.source_id
                      AND (s.name = ANY(\(sources)::text[]) OR s.id = ANY(\(sources)::text[]))))
              AND (cardinality(\(labels)::text[]) = 0 OR EXISTS (
                    SELECT 1 FROM sources s, jsonb_array_elements_text(s.labels::jsonb) l
                    WHERE s.id = j.source_id AND l = ANY(\(labels)::text[])))
              AND (j.kind NOT IN \(unescaped: sourceKinds) OR NOT EXISTS (
                    SELECT 1 FROM sources s WHERE s.id = j.source_id AND s.max_concurrency IS NOT NULL
                      AND (SELECT count(*) FROM jobs u WHERE u.state = 'leased' AND u.source_id = s.id
                             AND u.kind IN \(unescaped: sourceKinds)) >= s.max_concurrency))
              AND (cardinality(\(kinds)::text[]) = 0 OR NOT EXISTS (
                    SELECT 1 FROM tenant_limits t WHERE t.tenant_id = j.tenant_id
                      AND (SELECT count(*) FROM jobs u WHERE u.state = 'leased' AND u.tenant_id = t.tenant_id)
                          >= t.max_concurrency))
            ORDER BY j.priority DESC, j.id LIMIT \(request.limit * 4)
            FOR UPDATE OF j SKIP LOCKED
            """,
            logger: logger
        )
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
