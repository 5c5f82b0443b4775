import Foundation
import ScanCore
import ScanStorePostgres
import ScanStoreSQLite
import ScanTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The fleet under faults, through the real `scanlogic` binary on real PostgreSQL:
/// workers killed mid-run and a database restart mid-run lose no object and duplicate
/// no finding.
extension LoadSensitiveSuites {
    @Suite("A scanlogic fleet survives faults", .serialized)
    struct FleetFaultTests {
        @Test func killedWorkersLoseNothingAndDuplicateNothing() async throws {
            let server = try await TestPostgresServer.shared()
            let database = try server.createDatabase()
            let unfinished = { Self.unfinishedJobs(server: server, database: database) }
            let fleet = try Fleet(storeURL: server.url(database: database))
            defer { fleet.shutdown() }
            let tree = try SecretTree(in: fleet.folder, count: 1500)
            let baseline = try await baselineFingerprints(of: tree, fleet: fleet)
            try #require(baseline.count == tree.secretCount, "the single-process scan found \(baseline.count) secrets")

            try await fleet.startServer()
            var workers: [String: ChildProcess] = [:]
            for name in ["fleet-w1", "fleet-w2", "fleet-w3", "fleet-w4"] { workers[name] = try fleet.startWorker(name) }
            let scanID = try await fleet.createScan(of: tree.root)
            let store = try await PostgresScanStore.open(PostgresStoreConfiguration(url: fleet.storeURL))
            let runID = try await fleet.trigger(scanID)
            _ = try await waitForRun(runID, in: store, fleet: fleet, timeout: 90, jobs: unfinished) {
                $0.counters.finalized >= tree.count / 4
            }

            let orphans = try killTwoWorkersHoldingLeases(workers, server: server, database: database, fleet: fleet)
            for name in orphans.workers { _ = await workers[name]?.wait(timeout: 10) }
            try fleet.startWorker("fleet-w5")

            let run = try await waitForRun(runID, in: store, fleet: fleet, timeout: 120, jobs: unfinished) {
                $0.status.isTerminal
            }
            let context = Comment(rawValue: "run \(run)\n\(fleet.tails())")
            try expectEveryObjectDoneOnce(run, objects: tree.count, server: server, database: database, context)

            let findings = try await allFindings(in: store, run: runID)
            let fingerprints = Set(findings.map(\.detection.fingerprint))
            #expect(findings.count == fingerprints.count, "duplicate findings")
            #expect(fingerprints == baseline, "the fleet's findings differ from the single-process scan's")
            #expect(run.counters.findingsNew == baseline.count, context)

            let retried = try server.execute("SELECT count(*) FROM jobs WHERE attempts > 1", database: database)
            #expect((Int(retried) ?? 0) > 0, "no job was attempted twice")
            let ids = orphans.jobs.map(String.init).joined(separator: ",")
            let takenOver = try server.execute(
                "SELECT count(*) FROM jobs WHERE id IN (\(ids)) AND state = 'done' AND attempts > 1",
                database: database
            )
            #expect(takenOver == String(orphans.jobs.count), "jobs the killed workers held were not all taken over")
            let registry = try await store.workers()
            for name in orphans.workers {
                let record = registry.first { $0.id == name }
                #expect(record?.stoppedAt == nil, "\(name) was killed, yet recorded as stopped cleanly")
                #expect(
                    record?.isStale(at: Date(), grace: 3) == true,
                    "\(name) is not stale: \(String(describing: record))"
                )
                #expect(record?.jobsHeld == 0, "\(name) still holds jobs")
            }
        }

        @Test func aPostgresRestartDuringAScanIsSurvived() async throws {
            let server = try TestPostgresServer.start()
            defer { try? server.stop() }
            let database = try server.createDatabase()
            let unfinished = { Self.unfinishedJobs(server: server, database: database) }
            let fleet = try Fleet(storeURL: server.url(database: database))
            defer { fleet.shutdown() }
            let tree = try SecretTree(in: fleet.folder, count: 800)

            try await fleet.startServer()
            let workers = [try fleet.startWorker("fleet-r1"), try fleet.startWorker("fleet-r2")]
            let scanID = try await fleet.createScan(of: tree.root)
            let store = try await PostgresScanStore.open(PostgresStoreConfiguration(url: fleet.storeURL))
            let runID = try await fleet.trigger(scanID)
            let before = try await waitForRun(runID, in: store, fleet: fleet, timeout: 90, jobs: unfinished) {
                $0.counters.finalized >= tree.count / 4
            }
            try #require(before.status == .running, "the run ended before the restart: \(before)")

            try server.restart()

            let run = try await waitForRun(runID, in: store, fleet: fleet, timeout: 60, jobs: unfinished) {
                $0.status.isTerminal
            }
            let context = Comment(rawValue: "run \(run)\n\(fleet.tails())")
            try expectEveryObjectDoneOnce(run, objects: tree.count, server: server, database: database, context)
            let findings = try await allFindings(in: store, run: runID)
            #expect(findings.count == tree.secretCount, context)
            if findings.count != tree.secretCount {
                Issue.record(try lostFindingsReport(run: runID, server: server, database: database))
            }
            #expect(Set(findings.map(\.detection.fingerprint)).count == findings.count, "duplicate findings")
            for (index, worker) in workers.enumerated() {
                let status = await worker.wait(timeout: 0)
                #expect(
                    status == nil,
                    "worker \(index + 1) exited with \(status ?? 0) after the restart\n\(fleet.tails())"
                )
            }
        }

        // MARK: Helpers

        /// The objects recorded with findings that have none stored, and the jobs that ran
        /// more than once: what to look at when a restart loses a finding (seen about once
        /// in ten runs under load, cause not found yet).
        private func lostFindingsReport(
            run: Identifier<ScanRun>,
            server: TestPostgresServer,
            database: String
        ) throws -> Comment {
            let lost = try server.execute(
                "SELECT o.path || ' n=' || o.finding_count || ' at=' || o.finalized_at FROM run_objects o "
                    + "WHERE o.run_id = '\(run)' AND o.finding_count > 0 AND NOT EXISTS "
                    + "(SELECT 1 FROM findings f WHERE f.object_path = o.path)",
                database: database
            )
            let retried = try server.execute(
                "SELECT id || ' ' || kind || ' ' || state || ' a=' || attempts || ' owner=' "
                    + "|| coalesce(lease_owner, '-') || ' err=' || coalesce(last_error, '-') "
                    + "FROM jobs WHERE run_id = '\(run)' AND attempts > 1 ORDER BY id",
                database: database
            )
            return Comment(
                rawValue: "objects recorded with findings but none stored:\n\(lost)\nretried jobs:\n\(retried)"
            )
        }

        /// The jobs not done yet, for failure messages.
        /// The run completed with every object enumerated, scanned and finalized once, and
        /// one `run_objects` row each.
        private func expectEveryObjectDoneOnce(
            _ run: ScanRun,
            objects count: Int,
            server: TestPostgresServer,
            database: String,
            _ context: Comment
        ) throws {
            #expect(run.status == .completed, context)
            #expect(run.counters.enumerated == count, context)
            #expect(run.counters.scanned == count, context)
            #expect(run.counters.finalized == count, context)
            #expect(run.counters.failed == 0, context)
            let objects = try server.execute(
                "SELECT count(*) FROM run_objects WHERE run_id = '\(run.id)'",
                database: database
            )
            #expect(objects == String(count), context)
        }

        private static func unfinishedJobs(server: TestPostgresServer, database: String) -> String {
            let sql = """
                SELECT id, kind, state, attempts, lease_owner, lease_expires_at, run_after, now(), last_error
                FROM jobs WHERE state <> 'done' ORDER BY id LIMIT 20
                """
            return (try? server.execute(sql, database: database)) ?? "(cannot read the jobs)"
        }

        /// The fingerprints a single `scanlogic scan` of the tree finds, with the fleet's hash key.
        private func baselineFingerprints(of tree: SecretTree, fleet: Fleet) async throws -> Set<String> {
            let path = try await fleet.scanAlone(tree.root)
            let store = try SQLiteScanStore(path: path)
            var fingerprints = Set<String>()
            var afterID: Int64?
            while true {
                let page = try await store.findings(FindingQuery(afterID: afterID, limit: 1000))
                guard let last = page.last else { return fingerprints }
                fingerprints.formUnion(page.map(\.detection.fingerprint))
                afterID = last.id
            }
        }

        /// Every finding the run saw.
        private func allFindings(in store: PostgresScanStore, run: Identifier<ScanRun>) async throws -> [Finding] {
            var findings: [Finding] = []
            while true {
                let page = try await store.findings(
                    FindingQuery(lastSeenRun: run, afterID: findings.last?.id, limit: 1000)
                )
                guard !page.isEmpty else { return findings }
                findings += page
            }
        }

        /// Polls the run through the store until `done` holds; store errors (a restarting
        /// server) count as "not yet".
        private func waitForRun(
            _ id: Identifier<ScanRun>,
            in store: PostgresScanStore,
            fleet: Fleet,
            timeout: Double,
            jobs: () -> String,
            until done: (ScanRun) -> Bool
        ) async throws -> ScanRun {
            let deadline = Date().addingTimeInterval(timeout)
            var last: ScanRun?
            var lastError: (any Error)?
            while Date() < deadline {
                do {
                    last = try await store.run(id, tenant: Tenant.defaultID)
                    if let last, done(last) { return last }
                } catch {
                    lastError = error
                }
                try await Task.sleep(for: .milliseconds(200))
            }
            throw FleetError(
                "run \(id) not there within \(Int(timeout)) s; last seen \(String(describing: last)), "
                    + "last error \(String(describing: lastError))\nunfinished jobs:\n\(jobs())\n\(fleet.tails())"
            )
        }

        /// Freezes every worker, picks the two holding the most leases, kills them and lets
        /// the others go on; returns their names and the jobs they held.
        private func killTwoWorkersHoldingLeases(
            _ workers: [String: ChildProcess],
            server: TestPostgresServer,
            database: String,
            fleet: Fleet
        ) throws -> (workers: [String], jobs: [Int64]) {
            for _ in 0..<50 {
                for worker in workers.values { worker.send(SIGSTOP) }
                // A commit already sent finishes on the server while its worker is frozen.
                usleep(200_000)
                let held = try server.execute(
                    "SELECT lease_owner, count(*) FROM jobs WHERE state = 'leased' GROUP BY lease_owner ORDER BY 2 DESC",
                    database: database
                )
                let owners = held.split(separator: "\n").compactMap { $0.split(separator: "|").first.map(String.init) }
                    .filter { workers[$0] != nil }
                if owners.count >= 2 {
                    let victims = Array(owners.prefix(2))
                    let jobs = try server.execute(
                        "SELECT id FROM jobs WHERE state = 'leased' AND lease_owner IN ('\(victims.joined(separator: "','"))')",
                        database: database
                    )
                    for name in victims { workers[name]?.send(SIGKILL) }
                    for worker in workers.values { worker.send(SIGCONT) }
                    return (victims, jobs.split(separator: "\n").compactMap { Int64($0) })
                }
                for worker in workers.values { worker.send(SIGCONT) }
                usleep(100_000)
            }
            throw FleetError("never saw two workers holding leases at once\n\(fleet.tails())")
        }
    }
}
