import ScanStoreSQL

/// The claim's candidate query on SQLite.
enum ClaimSQL {
    /// Ready jobs with their caps and how many jobs of their source and tenant are leased;
    /// sources and tenants already at their cap are left out. Arguments: now, the kinds,
    /// the role filter's values, the limit.
    static func candidates(kindMarks: String, roleFilter: String) -> String {
        """
        SELECT j.id, j.kind, j.tenant_id, j.source_id, s.max_concurrency AS source_cap,
            t.max_concurrency AS tenant_cap,
            CASE WHEN s.max_concurrency IS NULL THEN 0 ELSE (\(sourceInUse)) END AS source_in_use,
            CASE WHEN t.max_concurrency IS NULL THEN 0 ELSE (\(tenantInUse)) END AS tenant_in_use
        FROM jobs j LEFT JOIN sources s ON s.id = j.source_id LEFT JOIN tenant_limits t ON t.tenant_id = j.tenant_id
        WHERE j.state = 'ready' AND j.run_after <= ? AND j.kind IN (\(kindMarks))\(roleFilter)
          AND (s.max_concurrency IS NULL OR j.kind NOT IN \(ClaimAdmission.sourceKindsSQL)
               OR (\(sourceInUse)) < s.max_concurrency)
          AND (t.max_concurrency IS NULL OR (\(tenantInUse)) < t.max_concurrency)
        ORDER BY j.priority DESC, j.id LIMIT ?
        """
    }

    private static let sourceInUse = """
        SELECT count(*) FROM jobs l WHERE l.state = 'leased' AND l.source_id = j.source_id
          AND l.kind IN \(ClaimAdmission.sourceKindsSQL)
        """

    private static let tenantInUse =
        "SELECT count(*) FROM jobs l WHERE l.state = 'leased' AND l.tenant_id = j.tenant_id"
}
