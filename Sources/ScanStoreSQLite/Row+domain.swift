import Foundation
import GRDB
import ScanCore
import ScanStoreSQL

/// Decoding of stored rows into domain values; kept beside the schema it mirrors.
extension Row {
    func dataSource() throws -> DataSource {
        DataSource(
            id: Identifier(self["id"]),
            tenantID: TenantID(self["tenant_id"]),
            name: self["name"],
            kind: try enumValue(SourceKind.self, "kind"),
            location: self["location"],
            options: try JSONColumn.decode([String: String].self, from: self["options"]),
            credentialEnv: self["credential_env"],
            createdAt: self["created_at"],
            labels: try JSONColumn.decode([String].self, from: self["labels"]),
            maxConcurrency: self["max_concurrency"],
            runsOn: try enumValue(SourcePlacement.self, "runs_on")
        )
    }

    func scanDefinition() throws -> ScanDefinition {
        ScanDefinition(
            id: Identifier(self["id"]),
            tenantID: TenantID(self["tenant_id"]),
            name: self["name"],
            sourceID: Identifier(self["source_id"]),
            scope: ScopeFilter(
                include: try JSONColumn.decode([String].self, from: self["scope_include"]),
                exclude: try JSONColumn.decode([String].self, from: self["scope_exclude"])
            ),
            ruleSet: self["rule_set"],
            priority: self["priority"],
            createdAt: self["created_at"],
            schedule: try JSONColumn.decode(Schedule.self, from: self["schedule"]),
            paused: self["paused"],
            nextRunAt: self["next_run_at"],
            ruleSetID: (self["rule_set_id"] as String?).map { Identifier($0) },
            ruleSetVersion: self["rule_set_version"],
            toolCommand: try (self["tool_command"] as String?).map { try JSONColumn.decode(ToolCommand.self, from: $0) }
        )
    }

    func scanRun() throws -> ScanRun {
        ScanRun(
            id: Identifier(self["id"]),
            tenantID: TenantID(self["tenant_id"]),
            definitionID: Identifier(self["definition_id"]),
            status: try enumValue(RunStatus.self, "status"),
            enumerationDone: self["enumeration_done"],
            cancelRequested: self["cancel_requested"],
            counters: runCounters(),
            error: self["error"],
            createdAt: self["created_at"],
            startedAt: self["started_at"],
            finishedAt: self["finished_at"],
            origin: try enumValue(RunOrigin.self, "origin"),
            tool: self["tool"],
            toolVersion: self["tool_version"]
        )
    }

    private func runCounters() -> RunCounters {
        RunCounters(
            enumerated: self["enumerated"],
            scanned: self["scanned"],
            finalized: self["finalized"],
            failed: self["failed"],
            bytes: self["bytes"],
            findingsNew: self["findings_new"],
            findingsUnchanged: self["findings_unchanged"],
            findingsFixed: self["findings_fixed"],
            findingsReopened: self["findings_reopened"]
        )
    }

    func job() throws -> Job {
        Job(
            id: self["id"],
            tenantID: TenantID(self["tenant_id"]),
            runID: Identifier(self["run_id"]),
            kind: try enumValue(JobKind.self, "kind"),
            parentID: self["parent_id"],
            idempotencyKey: self["idempotency_key"],
            priority: self["priority"],
            state: try enumValue(JobState.self, "state"),
            attempts: self["attempts"],
            maxAttempts: self["max_attempts"],
            runAfter: self["run_after"],
            leaseOwner: self["lease_owner"],
            leaseExpiresAt: self["lease_expires_at"],
            lastError: self["last_error"],
            payload: try JSONColumn.decode(JobPayload.self, from: self["payload"])
        )
    }

    func enumValue<T: RawRepresentable>(_ type: T.Type, _ column: String) throws -> T where T.RawValue == String {
        let raw: String = self[column]
        guard let value = T(rawValue: raw) else {
            throw ScanError(.storage, "unknown \(column) '\(raw)' in the store")
        }
        return value
    }
}
