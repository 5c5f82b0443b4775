public import Foundation
public import ScanCore

extension Scheduler {
    /// The `next_run_at` to store when a definition is saved: the first slot of its
    /// schedule after `now`, or `nil` for a manual schedule.
    ///
    /// Paused definitions get one too, since ``ControlPlaneStore/dueDefinitions(at:limit:)``
    /// skips them anyway. Call it on every save that creates a definition, changes its
    /// schedule or resumes it: counting from `now` means a resumed definition waits for its
    /// next slot instead of firing one it missed while paused.
    /// - Throws: ``ScanError`` `.invalidInput` naming the schedule field at fault.
    public static func initialNextRun(for definition: ScanDefinition, at now: Date) throws -> Date? {
        try definition.schedule.nextSlot(after: now)
    }
}
