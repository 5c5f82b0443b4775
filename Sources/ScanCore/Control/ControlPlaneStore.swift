public import Foundation

/// The store of the control plane: everything the HTTP API, the scheduler and the live
/// event stream need beyond the pipeline's ``ScanStore``.
///
/// Every method is scoped by tenant except those the process-wide scheduler, event
/// publisher and token check use; an object of another tenant is reported as missing.
public protocol ControlPlaneStore: ScanStore {
    // MARK: Sources and definitions

    /// The tenant's sources, by name.
    func sources(tenant: TenantID) async throws -> [DataSource]
    /// Deletes a source with its definitions, runs, findings and assets.
    /// - Throws: `.notFound`; `.conflict` while one of its runs is active.
    func deleteSource(_ id: Identifier<DataSource>, tenant: TenantID) async throws
    /// The tenant's definitions, by name, optionally of one source.
    func definitions(tenant: TenantID, sourceID: Identifier<DataSource>?) async throws -> [ScanDefinition]
    /// Deletes a definition with its runs and findings.
    /// - Throws: `.notFound`; `.conflict` while one of its runs is active.
    func deleteDefinition(_ id: Identifier<ScanDefinition>, tenant: TenantID) async throws

    /// Sets (or with `nil` removes) the most jobs touching sources that the tenant's
    /// workers run at once, across every worker.
    func setTenantConcurrency(_ tenant: TenantID, limit: Int?) async throws
    /// The tenant's cap, or `nil` when it has none.
    func tenantConcurrency(_ tenant: TenantID) async throws -> Int?

    /// Takes or renews the lease on a process-wide duty until `until`; returns whether
    /// `holder` holds it. Another holder gets it only after the lease expires, so of
    /// several servers on one store exactly one performs the duty at a time.
    func lead(_ duty: String, holder: String, until: Date, at now: Date) async throws -> Bool

    // MARK: Schedules (process-wide)

    /// Unpaused definitions of every tenant whose `next_run_at` is at or before `now`,
    /// earliest first.
    func dueDefinitions(at now: Date, limit: Int) async throws -> [ScanDefinition]
    /// Stores the next slot of a definition's schedule (`nil` for manual).
    func setNextRun(_ id: Identifier<ScanDefinition>, tenant: TenantID, at next: Date?) async throws
    /// Handles one slot in one transaction: claims `(definition, slot)` uniquely, starts
    /// a run unless one is active (then records the skip), and stores `nextRunAt`.
    /// Returns `.alreadyFired` when another scheduler claimed the slot first.
    func fireSchedule(
        definitionID: Identifier<ScanDefinition>,
        tenant: TenantID,
        slot: Date,
        nextRunAt: Date?,
        at now: Date
    ) async throws -> ScheduleFireResult
    /// The slots handled for a definition, newest first.
    func scheduleFires(
        definitionID: Identifier<ScanDefinition>,
        tenant: TenantID,
        limit: Int
    ) async throws
        -> [ScheduleFire]

    // MARK: Runs and events

    /// Runs matching `query`, newest first.
    func runs(_ query: RunQuery) async throws -> [ScanRun]
    /// Runs of every tenant that are active or finished at or after `since`.
    func runsChanged(since: Date) async throws -> [ScanRun]
    /// Appends events and returns them with their ids.
    func appendRunEvents(_ events: [RunEvent]) async throws -> [RunEvent]
    /// Events of a tenant (optionally of one run) with an id above `afterID`, oldest first.
    func runEvents(
        tenant: TenantID,
        run: Identifier<ScanRun>?,
        afterID: Int64,
        limit: Int
    ) async throws
        -> [RunEvent]
    /// The newest event of each of the given runs, for a publisher that restarts.
    func latestRunEvents(runs: [Identifier<ScanRun>]) async throws -> [RunEvent]
    /// Jobs per kind and state, across tenants.
    func queueCounts() async throws -> QueueCounts
    /// Open, untriaged findings per severity across every tenant, for metrics.
    func openFindingsBySeverity() async throws -> [Severity: Int]

    // MARK: Agents

    /// The job with `id` as the queue holds it now, or `nil`; the server reads it to check
    /// that an agent's result is for a job the agent holds, rather than trust the agent's copy.
    func job(_ id: Int64, tenant: TenantID) async throws -> Job?

    /// Registers the agent of `registration.tokenID`, or updates what it says about itself
    /// when it registers again (a restart); its id, status and first registration stay.
    /// - Throws: `.duplicate` when another agent of the tenant has the name.
    func registerAgent(_ registration: AgentRegistration) async throws -> AgentRecord
    /// Records a heartbeat of the agent of `token` with the jobs it runs; `nil` when no agent
    /// registered with that token.
    func agentHeartbeat(token: Identifier<APIToken>, activeJobs: Int, at: Date) async throws -> AgentRecord?
    /// The tenant's agents, by name.
    func agents(tenant: TenantID) async throws -> [AgentRecord]
    /// The agent that registered with `token`, or `nil`.
    func agent(token: Identifier<APIToken>) async throws -> AgentRecord?
    /// The agent with `id`, or `nil`.
    func agent(_ id: Identifier<AgentRecord>, tenant: TenantID) async throws -> AgentRecord?
    /// Sets an agent's status (disable, enable, revoke).
    /// - Throws: `.notFound`.
    func setAgentStatus(
        _ id: Identifier<AgentRecord>,
        tenant: TenantID,
        status: AgentStatus
    ) async throws
        -> AgentRecord

    // MARK: Findings, assets and statistics

    /// The finding with `id`, or `nil`.
    func finding(_ id: Int64, tenant: TenantID) async throws -> Finding?
    /// Sets (or with `nil` clears) the triage of findings; returns the findings updated.
    /// Ids that do not exist in the tenant are ignored, so the caller can report them.
    func triage(_ ids: [Int64], tenant: TenantID, triage: FindingTriage?) async throws -> [Finding]
    /// Which of `fingerprints` the definition already has findings for, in one lookup.
    func knownFindings(
        definitionID: Identifier<ScanDefinition>,
        tenant: TenantID,
        fingerprints: [String]
    ) async throws -> [KnownFinding]
    /// The components ingested reports listed for the definition, by tool, target and name.
    func dependencies(definitionID: Identifier<ScanDefinition>, tenant: TenantID) async throws -> [DependencyRecord]
    /// The assets of a source directly under `parentPath` (`nil` for the top level).
    func assets(source: Identifier<DataSource>, tenant: TenantID, parentPath: String?) async throws -> [Asset]
    /// The asset at `path`, or `nil`.
    func asset(source: Identifier<DataSource>, tenant: TenantID, path: String) async throws -> Asset?
    /// Totals for dashboards.
    func stats(tenant: TenantID) async throws -> ControlStats

    // MARK: Rule sets

    /// Inserts or renames a rule set (matched by id); versions are added separately.
    /// - Throws: `.duplicate` for a name clash.
    func save(_ ruleSet: RuleSetRecord) async throws
    /// The tenant's rule sets, by name.
    func ruleSets(tenant: TenantID) async throws -> [RuleSetRecord]
    /// The rule set with `id`, or `nil`.
    func ruleSet(_ id: Identifier<RuleSetRecord>, tenant: TenantID) async throws -> RuleSetRecord?
    /// Deletes a rule set and its versions.
    /// - Throws: `.notFound`; `.conflict` while a definition follows it.
    func deleteRuleSet(_ id: Identifier<RuleSetRecord>, tenant: TenantID) async throws
    /// Adds the next version and copies it into every definition that follows the set.
    func addRuleSetVersion(
        _ id: Identifier<RuleSetRecord>,
        tenant: TenantID,
        document: String,
        actor: String,
        at: Date
    ) async throws -> RuleSetVersion
    /// The versions of a rule set, newest first.
    func ruleSetVersions(_ id: Identifier<RuleSetRecord>, tenant: TenantID) async throws -> [RuleSetVersion]
    /// One version, or `nil`.
    func ruleSetVersion(
        _ id: Identifier<RuleSetRecord>,
        version: Int,
        tenant: TenantID
    ) async throws
        -> RuleSetVersion?

    // MARK: Tokens and audit

    /// Inserts a token.
    /// - Throws: `.duplicate` for a name clash in the tenant.
    func save(_ token: APIToken) async throws
    /// The token whose secret hashes to `secretHash`, of any tenant, or `nil`.
    func token(secretHash: String) async throws -> APIToken?
    /// The tenant's tokens, newest first.
    func tokens(tenant: TenantID) async throws -> [APIToken]
    /// Revokes a token; revoking twice is harmless.
    /// - Throws: `.notFound`.
    func revokeToken(_ id: Identifier<APIToken>, tenant: TenantID, at: Date) async throws -> APIToken
    /// Records that a token was used.
    func touchToken(_ id: Identifier<APIToken>, at: Date) async throws
    /// Appends several audit events in one transaction (all or none).
    func appendAudit(_ events: [AuditEvent]) async throws
    /// Audit events matching `query`, newest first.
    func auditEvents(_ query: AuditQuery) async throws -> [AuditEvent]
}
