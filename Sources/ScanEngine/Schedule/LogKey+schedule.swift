extension LogKey {
    static let scheduleDefinitionID = "scan.definition.id"
    static let scheduleTenantID = "scan.tenant.id"
    static let scheduleSlot = "scan.schedule.slot"
    static let scheduleOutcome = "scan.schedule.outcome"
}
