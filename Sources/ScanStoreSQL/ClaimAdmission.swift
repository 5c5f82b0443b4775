/// Picks which ready jobs a claim may lease under the per-source and per-tenant caps.
///
/// Both stores select candidates in priority order together with how many jobs of each
/// candidate's source and tenant are leased right now; this decides, in that order, which
/// fit. Only enumerations and scans count against a source (they hold its connections);
/// every job counts against its tenant.
public enum ClaimAdmission {
    /// A ready job with what its caps allow.
    public struct Candidate: Sendable, Hashable {
        public var id: Int64
        public var kind: String
        public var tenant: String
        public var tenantCap: Int?
        public var tenantInUse: Int
        public var source: String?
        public var sourceCap: Int?
        public var sourceInUse: Int

        public init(
            id: Int64,
            kind: String,
            tenant: String,
            tenantCap: Int?,
            tenantInUse: Int,
            source: String?,
            sourceCap: Int?,
            sourceInUse: Int
        ) {
            self.id = id
            self.kind = kind
            self.tenant = tenant
            self.tenantCap = tenantCap
            self.tenantInUse = tenantInUse
            self.source = source
            self.sourceCap = sourceCap
            self.sourceInUse = sourceInUse
        }

        /// Whether the job holds a connection or makes requests to its source.
        public var touchesSource: Bool { kind == "enumerate" || kind == "scan" }
    }

    /// The job kinds that count against a source's cap, as SQL text.
    public static let sourceKindsSQL = "('enumerate', 'scan')"

    /// The ids to lease, at most `limit`, in the candidates' order.
    public static func admit(_ candidates: [Candidate], limit: Int) -> [Int64] {
        var sourceUse: [String: Int] = [:]
        var tenantUse: [String: Int] = [:]
        var admitted: [Int64] = []
        for candidate in candidates where admitted.count < limit {
            let tenantCount = tenantUse[candidate.tenant] ?? candidate.tenantInUse
            if let cap = candidate.tenantCap, tenantCount >= cap { continue }
            if candidate.touchesSource, let source = candidate.source, let cap = candidate.sourceCap {
                let sourceCount = sourceUse[source] ?? candidate.sourceInUse
                if sourceCount >= cap { continue }
                sourceUse[source] = sourceCount + 1
            }
            tenantUse[candidate.tenant] = tenantCount + 1
            admitted.append(candidate.id)
        }
        return admitted
    }
}
