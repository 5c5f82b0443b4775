public import ScanCore

/// The control plane on the same SQLite database as the pipeline.
///
/// The methods live in files by concern: `+definitions` (listing and deleting),
/// `+schedules`, `+runQueries`, `+events`, `+triage`, `+catalog`, `+stats`, `+ruleSets`,
/// `+tokens` and `+audit`.
extension SQLiteScanStore: ControlPlaneStore {}
