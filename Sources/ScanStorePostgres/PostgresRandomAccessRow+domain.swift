import Foundation
import PostgresNIO
import ScanCore
import ScanStoreSQL

/// Decoding of stored rows into domain values, column by column as the shared schema
/// names them.
extension PostgresRandomAccessRow {
    func dataSource() throws -> DataSource {
        DataSource(
            id: Identifier(try value("id")),
            tenantID: TenantID(try value("tenant_id")),
            name: try value("name"),
            kind: try enumValue(SourceKind.self, "kind"),
            location: try value("location"),
            options: try json([String: String].self, "options"),
            credentialEnv: try value("credential_env"),
            createdAt: try value("created_at"),
            labels: try json([String].self, "labels"),
            maxConcurrency: try value("max_concurrency"),
            runsOn: try enumValue(SourcePlacement.self, "runs_on")
        )
    }

    func scanDefinition() throws -> ScanDefinition {
        ScanDefinition(
            id: Identifier(try value("id")),
            tenantID: TenantID(try value("tenant_id")),
            name: try value("name"),
            sourceID: Identifier(try value("source_id")),
            scope: ScopeFilter(
                include: try json([String].self, "scope_include"),
                exclude: try json([String].self, "scope_exclude")
            ),
            ruleSet: try value("rule_set"),
            priority: try value("priority"),
            createdAt: try value("created_at"),
            schedule: try json(Schedule.self, "schedule"),
            paused: try flag("paused"),
            nextRunAt: try value("next_run_at"),
            ruleSetID: (try value("rule_set_id", as: String?.self)).map { Identifier($0) },
            ruleSetVersion: try value("rule_set_version"),
            toolCommand: try value("tool_command", as: String?.self).map {
                try JSONColumn.decode(ToolCommand.self, from: $0)
            }
        )
    }

    func scanRun() throws -> ScanRun {
        ScanRun(
            id: Identifier(try value("id")),
            tenantID: TenantID(try value("tenant_id")),
            definitionID: Identifier(try value("definition_id")),
            status: try enumValue(RunStatus.self, "status"),
            enumerationDone: try flag("enumeration_done"),
            cancelRequested: try flag("cancel_requested"),
            counters: try runCounters(),
            error: try value("error"),
            createdAt: try value("created_at"),
            startedAt: try value("started_at"),
            finishedAt: try value("finished_at"),
            origin: try enumValue(RunOrigin.self, "origin"),
            tool: try value("tool"),
            toolVersion: try value("tool_version")
        )
    }

    private func runCounters() throws -> RunCounters {
        RunCounters(
            enumerated: try value("enumerated"),
            scanned: try value("scanned"),
            finalized: try value("finalized"),
            failed: try value("failed"),
            bytes: try value("bytes"),
            findingsNew: try value("findings_new"),
            findingsUnchanged: try value("findings_unchanged"),
            findingsFixed: try value("findings_fixed"),
            findingsReopened: try value("findings_reopened")
        )
    }

    func job() throws -> Job {
        Job(
            id: try value("id"),
            tenantID: TenantID(try value("tenant_id")),
            runID: Identifier(try value("run_id")),
            kind: try enumValue(JobKind.self, "kind"),
            parentID: try value("parent_id"),
            idempotencyKey: try value("idempotency_key"),
            priority: try value("priority"),
            state: try enumValue(JobState.self, "state"),
            attempts: try value("attempts"),
            maxAttempts: try value("max_attempts"),
            runAfter: try value("run_after"),
            leaseOwner: try value("lease_owner"),
            leaseExpiresAt: try value("lease_expires_at"),
            lastError: try value("last_error"),
            payload: try json(JobPayload.self, "payload")
        )
    }

    func scheduleFire() throws -> ScheduleFire {
        ScheduleFire(
            definitionID: Identifier(try value("definition_id")),
            tenantID: TenantID(try value("tenant_id")),
            slot: try value("slot"),
            outcome: try enumValue(ScheduleFire.Outcome.self, "outcome"),
            runID: (try value("run_id", as: String?.self)).map { Identifier($0) },
            firedAt: try value("fired_at")
        )
    }

    /// The event with the run snapshot stored beside it; tenant and run id come from the
    /// snapshot, which was written from the same values.
    func runEvent() throws -> RunEvent {
        RunEvent(
            id: try value("id"),
            kind: try enumValue(RunEvent.Kind.self, "kind"),
            at: try value("at"),
            run: try json(ScanRun.self, "run")
        )
    }

    func ruleSetRecord() throws -> RuleSetRecord {
        RuleSetRecord(
            id: Identifier(try value("id")),
            tenantID: TenantID(try value("tenant_id")),
            name: try value("name"),
            description: try value("description"),
            latestVersion: try value("latest_version"),
            createdAt: try value("created_at"),
            updatedAt: try value("updated_at")
        )
    }

    func ruleSetVersion() throws -> RuleSetVersion {
        RuleSetVersion(
            ruleSetID: Identifier(try value("rule_set_id")),
            version: try value("version"),
            document: try value("document"),
            createdBy: try value("created_by"),
            createdAt: try value("created_at")
        )
    }

    func apiToken() throws -> APIToken {
        APIToken(
            id: Identifier(try value("id")),
            tenantID: TenantID(try value("tenant_id")),
            name: try value("name"),
            role: try enumValue(Role.self, "role"),
            secretHash: try value("secret_hash"),
            prefix: try value("prefix"),
            createdAt: try value("created_at"),
            expiresAt: try value("expires_at"),
            revokedAt: try value("revoked_at"),
            lastUsedAt: try value("last_used_at")
        )
    }

    /// A finding; queries select `findings` as `f` with ``FindingColumns/list``.
    func finding() throws -> Finding {
        Finding(
            id: try value("id"),
            tenantID: TenantID(try value("tenant_id")),
            definitionID: Identifier(try value("definition_id")),
            detection: try detection(),
            status: try enumValue(FindingStatus.self, "status"),
            lastChange: try enumValue(FindingChange.self, "last_change"),
            firstSeenRun: Identifier(try value("first_seen_run")),
            lastSeenRun: Identifier(try value("last_seen_run")),
            firstSeenAt: try value("first_seen_at"),
            lastSeenAt: try value("last_seen_at"),
            triage: try triage(),
            tool: try value("tool"),
            message: try value("message"),
            endLine: try value("end_line"),
            tags: try JSONColumn.decode([String].self, from: try value("tags"))
        )
    }

    /// The triage columns are set and cleared together, so the state alone decides.
    private func triage() throws -> FindingTriage? {
        guard try value("triage_state", as: String?.self) != nil else { return nil }
        return FindingTriage(
            state: try enumValue(TriageState.self, "triage_state"),
            reason: try value("triage_reason", as: String?.self) ?? "",
            actor: try value("triage_actor", as: String?.self) ?? "",
            at: try value("triage_at")
        )
    }

    private func detection() throws -> Detection {
        Detection(
            fingerprint: try value("fingerprint"),
            ruleID: try value("rule_id"),
            category: try enumValue(RuleCategory.self, "category"),
            severity: try enumValue(Severity.self, "severity"),
            assetPath: try value("asset_path"),
            line: try value("line"),
            column: try value("col"),
            valueHash: try value("value_hash"),
            preview: try value("preview"),
            confidence: try value("confidence")
        )
    }

    func asset() throws -> Asset {
        Asset(
            sourceID: Identifier(try value("source_id")),
            path: try value("path"),
            parentPath: try value("parent_path"),
            kind: try enumValue(AssetKind.self, "kind"),
            size: try value("size"),
            dataType: try value("data_type"),
            classifications: try json([Classification].self, "classifications"),
            firstSeenRun: Identifier(try value("first_seen_run")),
            lastSeenRun: Identifier(try value("last_seen_run")),
            firstSeenAt: try value("first_seen_at"),
            lastSeenAt: try value("last_seen_at"),
            lastOutcome: try value("last_outcome")
        )
    }

    func objectRecord() throws -> ObjectRecord {
        let name: String = try value("outcome")
        guard let outcome = ObjectOutcome(name: name, reason: try value("reason")) else {
            throw ScanError(.storage, "unknown outcome '\(name)' in the store")
        }
        return ObjectRecord(
            runID: Identifier(try value("run_id")),
            path: try value("path"),
            outcome: outcome,
            bytesRead: try value("bytes_read"),
            findingCount: try value("finding_count"),
            finalizedAt: try value("finalized_at")
        )
    }

    func auditEvent() throws -> AuditEvent {
        AuditEvent(
            id: try value("id"),
            tenantID: TenantID(try value("tenant_id")),
            at: try value("at"),
            actor: try value("actor"),
            action: try value("action"),
            target: try value("target"),
            detail: try value("detail"),
            requestID: try value("request_id")
        )
    }
}
