import Foundation
import GRDB
import ScanCore
import ScanStoreSQL

/// Decoding of the control plane's rows: schedule fires, run events, rule sets, tokens.
extension Row {
    func scheduleFire() throws -> ScheduleFire {
        ScheduleFire(
            definitionID: Identifier(self["definition_id"]),
            tenantID: TenantID(self["tenant_id"]),
            slot: self["slot"],
            outcome: try enumValue(ScheduleFire.Outcome.self, "outcome"),
            runID: (self["run_id"] as String?).map { Identifier($0) },
            firedAt: self["fired_at"]
        )
    }

    /// The event with the run snapshot stored beside it; tenant and run id come from the
    /// snapshot, which was written from the same values.
    func runEvent() throws -> RunEvent {
        RunEvent(
            id: self["id"],
            kind: try enumValue(RunEvent.Kind.self, "kind"),
            at: self["at"],
            run: try JSONColumn.decode(ScanRun.self, from: self["run"])
        )
    }

    func ruleSetRecord() -> RuleSetRecord {
        RuleSetRecord(
            id: Identifier(self["id"]),
            tenantID: TenantID(self["tenant_id"]),
            name: self["name"],
            description: self["description"],
            latestVersion: self["latest_version"],
            createdAt: self["created_at"],
            updatedAt: self["updated_at"]
        )
    }

    func ruleSetVersion() -> RuleSetVersion {
        RuleSetVersion(
            ruleSetID: Identifier(self["rule_set_id"]),
            version: self["version"],
            document: self["document"],
            createdBy: self["created_by"],
            createdAt: self["created_at"]
        )
    }

    func apiToken() throws -> APIToken {
        APIToken(
            id: Identifier(self["id"]),
            tenantID: TenantID(self["tenant_id"]),
            name: self["name"],
            role: try enumValue(Role.self, "role"),
            secretHash: self["secret_hash"],
            prefix: self["prefix"],
            createdAt: self["created_at"],
            expiresAt: self["expires_at"],
            revokedAt: self["revoked_at"],
            lastUsedAt: self["last_used_at"]
        )
    }
}
