/// Structured-log metadata keys, defined once.
enum LogKey {
    static let jobID = "scan.job.id"
    static let jobKind = "scan.job.kind"
    static let runID = "scan.run.id"
    static let workerID = "worker.id"
    static let error = "scan.error"
}
