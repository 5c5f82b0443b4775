import Foundation
import PostgresNIO

/// Marks a leased job finished if `worker` still holds it; returns one row if it did.
struct FinishJobStatement: HotStatement {
    static let sql = """
        UPDATE jobs SET state = $1, finished_at = $2, lease_owner = NULL, lease_expires_at = NULL,
            last_error = COALESCE($3, last_error)
        WHERE id = $4 AND state = 'leased' AND lease_owner = $5
        RETURNING 1
        """

    var state: String
    var at: Date
    var error: String?
    var id: Int64
    var worker: String

    func makeBindings() -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(state)
        bindings.append(at)
        bindings.append(error)
        bindings.append(id)
        bindings.append(worker)
        return bindings
    }
}

/// Inserts the jobs that do not exist yet (by idempotency key), each recording its run's
/// source; returns a row per inserted job.
struct EnqueueJobsStatement: HotStatement {
    static let sql = """
        INSERT INTO jobs (tenant_id, run_id, kind, parent_id, idempotency_key, priority, state,
            max_attempts, run_after, payload, created_at, source_id)
        SELECT $1, $2, j.kind, $3, j.key, j.priority, 'ready', j.max_attempts, $4, j.payload, $4,
            (SELECT d.source_id FROM scan_runs r JOIN scan_definitions d ON d.id = r.definition_id
             WHERE r.id = $2)
        FROM UNNEST($5::text[], $6::text[], $7::bigint[], $8::bigint[], $9::text[])
            AS j (kind, key, priority, max_attempts, payload)
        ON CONFLICT (tenant_id, idempotency_key) DO NOTHING
        RETURNING 1
        """

    var tenant: String
    var run: String
    var parent: Int64?
    var at: Date
    var kinds: [String]
    var keys: [String]
    var priorities: [Int]
    var maxAttempts: [Int]
    var payloads: [String]

    func makeBindings() -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(tenant)
        bindings.append(run)
        bindings.append(parent)
        bindings.append(at)
        bindings.append(kinds)
        bindings.append(keys)
        bindings.append(priorities)
        bindings.append(maxAttempts)
        bindings.append(payloads)
        return bindings
    }
}

/// Adds a delta to one of the run's counter shards (see `bump(_:_:logger:)`).
struct BumpCountersStatement: HotStatement {
    static let sql = """
        INSERT INTO run_counters AS c (run_id, shard, open_jobs, enumerated, scanned, finalized, failed, bytes,
            findings_new, findings_unchanged, findings_fixed, findings_reopened)
        VALUES ($1, pg_backend_pid() % 16, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
        ON CONFLICT (run_id, shard) DO UPDATE SET open_jobs = c.open_jobs + excluded.open_jobs,
            enumerated = c.enumerated + excluded.enumerated, scanned = c.scanned + excluded.scanned,
            finalized = c.finalized + excluded.finalized, failed = c.failed + excluded.failed,
            bytes = c.bytes + excluded.bytes, findings_new = c.findings_new + excluded.findings_new,
            findings_unchanged = c.findings_unchanged + excluded.findings_unchanged,
            findings_fixed = c.findings_fixed + excluded.findings_fixed,
            findings_reopened = c.findings_reopened + excluded.findings_reopened
        """

    var run: String
    var delta: RunDelta

    func makeBindings() -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(run)
        for value in [
            delta.openJobs, delta.enumerated, delta.scanned, delta.finalized, delta.failed,
        ] {
            bindings.append(value)
        }
        bindings.append(delta.bytes)
        for value in [
            delta.findingsNew, delta.findingsUnchanged, delta.findingsFixed, delta.findingsReopened,
        ] {
            bindings.append(value)
        }
        return bindings
    }
}

/// What decides whether a run has ended: its status, whether it will spawn more jobs, and
/// how many are open.
struct RunDrainStateStatement: HotStatement {
    static let sql = """
        SELECT status, enumeration_done, cancel_requested, open_jobs FROM run_view WHERE id = $1
        """

    var run: String

    func makeBindings() -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(run)
        return bindings
    }
}
