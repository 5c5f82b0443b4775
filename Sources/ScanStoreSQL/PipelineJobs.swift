public import ScanCore

/// The jobs each pipeline step spawns, the same for every store: their kinds, keys,
/// priorities and attempt limits.
public enum PipelineJobs {
    /// The first enumeration of a new run of a definition with `priority`.
    public static func root(run: Identifier<ScanRun>, priority: Int) -> NewJob {
        NewJob(
            kind: .enumerate,
            idempotencyKey: JobKeys.enumerate(run: run, cursor: nil),
            priority: JobKeys.priority(base: priority, kind: .enumerate),
            maxAttempts: JobKeys.maxAttempts(.enumerate),
            payload: .enumerate(cursor: nil)
        )
    }

    /// A scan job per object an enumeration job listed.
    public static func scans(of page: EnumerationPage, listedBy job: Job) -> [NewJob] {
        let base = JobKeys.base(of: job.priority)
        return page.objects.map { object in
            NewJob(
                kind: .scan,
                idempotencyKey: JobKeys.scan(run: job.runID, path: object.path),
                priority: JobKeys.priority(base: base, kind: .scan),
                maxAttempts: JobKeys.maxAttempts(.scan),
                payload: .scan(object)
            )
        }
    }

    /// The enumeration of the page after the one `job` listed.
    public static func nextPage(_ cursor: String, after job: Job) -> NewJob {
        NewJob(
            kind: .enumerate,
            idempotencyKey: JobKeys.enumerate(run: job.runID, cursor: cursor),
            priority: job.priority,
            maxAttempts: JobKeys.maxAttempts(.enumerate),
            payload: .enumerate(cursor: cursor)
        )
    }

    /// The finalize job carrying a scan job's result.
    public static func finalize(_ result: ObjectResult, scannedBy job: Job) -> NewJob {
        NewJob(
            kind: .finalize,
            idempotencyKey: JobKeys.finalize(run: job.runID, path: result.object.path),
            priority: JobKeys.priority(base: JobKeys.base(of: job.priority), kind: .finalize),
            maxAttempts: JobKeys.maxAttempts(.finalize),
            payload: .finalize(result)
        )
    }
}
