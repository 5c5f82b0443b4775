public import ScanCore

/// The control plane on the same PostgreSQL database as the pipeline.
///
/// The methods live in files by concern: `+sources`, `+definitions` (with the schedule's
/// due list and next slot), `+ruleSets`, `+ruleSetVersions`, `+tokens` and `+audit`, beside
/// the pipeline's and the results' files.
extension PostgresScanStore: ControlPlaneStore {}
