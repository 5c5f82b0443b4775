import GRDB
import ScanCore
import ScanStoreSQL

extension FindingQuery {
    /// The conditions on `findings f` (and `scan_definitions d` when filtering by source).
    ///
    /// Every query starts with the tenant and pages by id, so `findings_by_tenant`
    /// serves the order whatever else is set.
    var filter: SQLFilter {
        var filter = SQLFilter()
        filter.add("f.tenant_id = ?", tenantID.rawValue)
        filter.add("f.definition_id = ?", ifSet: definitionID?.rawValue)
        filter.add("f.last_seen_run = ?", ifSet: lastSeenRun?.rawValue)
        filter.add("f.status = ?", ifSet: status?.rawValue)
        filter.add("f.severity_rank >= ?", ifSet: minSeverity.map(SeverityRank.of))
        filter.add("d.source_id = ?", ifSet: sourceID?.rawValue)
        filter.add("f.rule_id = ?", ifSet: ruleID)
        filter.add("f.category = ?", ifSet: category?.rawValue)
        switch triage {
        case .any: break
        case .untriaged: filter.add("f.triage_state IS NULL")
        case .state(let state): filter.add("f.triage_state = ?", state.rawValue)
        }
        filter.add("f.asset_path GLOB ?", ifSet: assetPathPrefix.map(GlobPattern.prefix))
        filter.add("f.id > ?", ifSet: afterID)
        return filter
    }
}
