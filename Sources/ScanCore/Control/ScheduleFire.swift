public import Foundation

/// One slot of a schedule that was handled: it started a run or was skipped.
///
/// The store keeps one row per definition and slot, so a slot fires at most once however
/// many schedulers look at it.
public struct ScheduleFire: Sendable, Codable, Hashable {
    /// What happened to the slot.
    public enum Outcome: String, Sendable, Codable, CaseIterable {
        /// A new run was started.
        case started
        /// The previous run was still active, so nothing was started.
        case skippedActive = "skipped_active"
    }

    /// The definition whose schedule produced the slot.
    public var definitionID: Identifier<ScanDefinition>
    /// The owning tenant.
    public var tenantID: TenantID
    /// The scheduled instant.
    public var slot: Date
    /// What happened.
    public var outcome: Outcome
    /// The run started, or the active run that caused the skip.
    public var runID: Identifier<ScanRun>?
    /// When the scheduler handled the slot.
    public var firedAt: Date

    /// Creates a record.
    public init(
        definitionID: Identifier<ScanDefinition>,
        tenantID: TenantID,
        slot: Date,
        outcome: Outcome,
        runID: Identifier<ScanRun>?,
        firedAt: Date
    ) {
        self.definitionID = definitionID
        self.tenantID = tenantID
        self.slot = slot
        self.outcome = outcome
        self.runID = runID
        self.firedAt = firedAt
    }
}

/// The result of asking the store to fire a slot.
public enum ScheduleFireResult: Sendable, Hashable {
    /// This caller handled the slot.
    case fired(ScheduleFire)
    /// Another scheduler handled it first; nothing changed.
    case alreadyFired
}
