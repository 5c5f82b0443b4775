import Foundation
import Logging
public import ScanCore

extension Scheduler {
    /// One pass: fires the due slot of each due definition, at most
    /// ``Configuration/batchSize`` of them.
    ///
    /// For each definition the slot fired is the latest slot of its schedule in
    /// `[next_run_at, now]`, and the next run becomes the first slot after `now`. A slot
    /// another scheduler claimed first is left alone. A definition whose schedule cannot be
    /// evaluated gets no next run (so it stops being due) and does not stop the others.
    /// - Returns: The slots this scheduler handled, started or skipped.
    /// - Throws: When the store cannot list the due definitions.
    public func tick() async throws -> [ScheduleFire] {
        let now = now()
        var fires: [ScheduleFire] = []
        for definition in try await store.dueDefinitions(at: now, limit: configuration.batchSize) {
            if let fire = await handle(definition, at: now) { fires.append(fire) }
        }
        return fires
    }

    private func handle(_ definition: ScanDefinition, at now: Date) async -> ScheduleFire? {
        var metadata: Logger.Metadata = [
            LogKey.scheduleDefinitionID: "\(definition.id)", LogKey.scheduleTenantID: "\(definition.tenantID)",
        ]
        let slot: Date?
        let next: Date?
        do {
            slot = try definition.schedule.latestSlot(notAfter: now, since: definition.nextRunAt ?? now)
            next = try definition.schedule.nextSlot(after: now)
        } catch {
            metadata[LogKey.error] = "\(error)"
            logger.info("schedule cannot be evaluated; no next run", metadata: metadata)
            await clearNextRun(of: definition, metadata: metadata)
            return nil
        }
        do {
            return try await fire(definition, slot: slot, next: next, at: now, metadata: metadata)
        } catch {
            metadata[LogKey.error] = "\(error)"
            logger.info("schedule fire failed", metadata: metadata)
            return nil
        }
    }

    private func fire(
        _ definition: ScanDefinition,
        slot: Date?,
        next: Date?,
        at now: Date,
        metadata: Logger.Metadata
    ) async throws -> ScheduleFire? {
        guard let slot else {
            // No slot since the stored next run: it predates a schedule change. Move on.
            try await store.setNextRun(definition.id, tenant: definition.tenantID, at: next)
            return nil
        }
        var metadata = metadata
        metadata[LogKey.scheduleSlot] = "\(slot.ISO8601Format())"
        let result = try await store.fireSchedule(
            definitionID: definition.id,
            tenant: definition.tenantID,
            slot: slot,
            nextRunAt: next,
            at: now
        )
        guard case .fired(let fire) = result else {
            logger.debug("slot already fired by another scheduler", metadata: metadata)
            return nil
        }
        metadata[LogKey.scheduleOutcome] = "\(fire.outcome.rawValue)"
        if let runID = fire.runID { metadata[LogKey.runID] = "\(runID)" }
        logger.info("schedule fired", metadata: metadata)
        return fire
    }

    private func clearNextRun(of definition: ScanDefinition, metadata: Logger.Metadata) async {
        do {
            try await store.setNextRun(definition.id, tenant: definition.tenantID, at: nil)
        } catch {
            var metadata = metadata
            metadata[LogKey.error] = "\(error)"
            logger.info("cannot clear the next run", metadata: metadata)
        }
    }
}
