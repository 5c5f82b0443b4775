import Foundation
import ScanCore
import ScanStoreSQLite
import ScanTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Agents through the real `scanlogic` binary: a server on the embedded store finalizes
/// what two `scanlogic agent` processes scan over the API, and the jobs of an agent killed
/// midway are taken over by the other once their leases lapse (30 s), losing no object
/// and duplicating no finding.
extension LoadSensitiveSuites {
    @Suite("Agents scan sources placed on them", .serialized)
    struct AgentFleetTests {
        /// Enough files that the agents take a few seconds, so one can be killed midway.
        private static let files = 3000

        @Test func aKilledAgentsJobsAreTakenOverByTheOther() async throws {
            // Given a file tree and a SQLite database with secrets, and what one process finds in them
            let fleet = try Fleet()
            defer { fleet.shutdown() }
            let tree = try SecretTree(in: fleet.folder, count: Self.files)
            try await fleet.run(["sample", fleet.folder + "/sample"])
            let database = fleet.folder + "/sample/customers.sqlite"
            let treeBaseline = try await Baseline.scan(tree.root, name: "tree-baseline", fleet: fleet)
            let databaseBaseline = try await Baseline.scan(database, name: "database-baseline", fleet: fleet)
            try #require(treeBaseline.fingerprints.count == tree.secretCount)
            try #require(!databaseBaseline.fingerprints.isEmpty)

            // And a server whose workers only finalize and act, with two agents, each with its own token
            try await fleet.startServer(workers: 4)
            var agents: [String: ChildProcess] = [:]
            for name in ["agent-1", "agent-2"] {
                let token = try await fleet.createToken(name, role: "agent")
                agents[name] = try await fleet.startAgent(name, token: token)
            }
            let store = try SQLiteScanStore(path: fleet.storeURL)

            // When both sources, placed on agents, are scanned and agent-1 is killed midway
            let treeScan = try await fleet.createScan(of: tree.root, name: "tree", runsOn: "agent")
            let databaseScan = try await fleet.createScan(
                of: database,
                name: "customers",
                kind: "sqlite",
                runsOn: "agent"
            )
            let treeRun = try await fleet.trigger(treeScan)
            let databaseRun = try await fleet.trigger(databaseScan)
            let start = Date()
            let before = try await RunWatch(store: store, fleet: fleet).wait(treeRun, timeout: 90) {
                $0.counters.scanned >= Self.files / 4
            }
            try #require(before.counters.scanned < Self.files, "the tree was scanned before the kill: \(before)")
            let orphans = try await killHoldingLeases(try #require(agents["agent-1"]), named: "agent-1", store: store)

            // Then both runs complete, every object once, with the findings of one process
            let watch = RunWatch(store: store, fleet: fleet)
            let run = try await watch.wait(treeRun, timeout: 150) { $0.status.isTerminal }
            let databaseResult = try await watch.wait(databaseRun, timeout: 60) { $0.status.isTerminal }
            let elapsed = Date().timeIntervalSince(start)
            let context = Comment(rawValue: "run \(run), \(Int(elapsed)) s\n\(fleet.tails())")
            try await expectEveryObjectDoneOnce(run, objects: Self.files, store: store, context)
            try await expectEveryObjectDoneOnce(
                databaseResult,
                objects: databaseBaseline.objects,
                store: store,
                context
            )
            #expect(try await fingerprints(of: treeRun, in: store) == treeBaseline.fingerprints, context)
            #expect(try await fingerprints(of: databaseRun, in: store) == databaseBaseline.fingerprints, context)

            // And the jobs the killed agent held were taken over, after their leases lapsed
            for id in orphans {
                let job = try await store.job(id, tenant: Tenant.defaultID)
                #expect(
                    job?.state == .done && (job?.attempts ?? 0) > 1,
                    "job \(id) not taken over: \(String(describing: job))"
                )
            }
            // And the surviving agent drains and exits cleanly on SIGTERM
            let survivor = try #require(agents["agent-2"])
            #expect(await survivor.wait(timeout: 0) == nil, "agent-2 stopped\n\(fleet.tails())")
            survivor.send(SIGTERM)
            #expect(await survivor.wait(timeout: 30) == 0, "agent-2 did not stop cleanly\n\(fleet.tails())")
        }

        // MARK: Helpers

        /// Freezes the agent until it holds leases, then kills it; returns the jobs it held.
        private func killHoldingLeases(
            _ agent: ChildProcess,
            named name: String,
            store: SQLiteScanStore
        ) async throws
            -> [Int64]
        {
            let record = try #require(try await store.agents(tenant: Tenant.defaultID).first { $0.name == name })
            for _ in 0..<50 {
                agent.send(SIGSTOP)
                // A completion already sent finishes on the server while the agent is frozen.
                try await Task.sleep(for: .milliseconds(200))
                let held = try await JobScan.leased(by: record.workerName, in: store)
                if !held.isEmpty {
                    agent.send(SIGKILL)
                    _ = await agent.wait(timeout: 10)
                    return held
                }
                agent.send(SIGCONT)
                try await Task.sleep(for: .milliseconds(100))
            }
            throw FleetError("\(name) never held a lease")
        }

        /// The run completed with every object enumerated, scanned and finalized once.
        private func expectEveryObjectDoneOnce(
            _ run: ScanRun,
            objects count: Int,
            store: SQLiteScanStore,
            _ context: Comment
        ) async throws {
            #expect(run.status == .completed, context)
            #expect(run.counters.enumerated == count, context)
            #expect(run.counters.scanned == count, context)
            #expect(run.counters.finalized == count, context)
            #expect(run.counters.failed == 0, context)
            let records = try await store.objectRecords(run: run.id, tenant: Tenant.defaultID)
            #expect(records.count == count, context)
            #expect(Set(records.map(\.path)).count == records.count, "an object was recorded twice")
        }

        /// The fingerprints of the findings `run` saw; a repeated one fails the test.
        private func fingerprints(of run: Identifier<ScanRun>, in store: SQLiteScanStore) async throws -> Set<String> {
            let findings = try await Baseline.findings(in: store, run: run)
            let fingerprints = Set(findings.map(\.detection.fingerprint))
            #expect(findings.count == fingerprints.count, "duplicate findings in run \(run)")
            return fingerprints
        }
    }
}

/// What a single `scanlogic scan` of a target finds, with the fleet's hash key.
private struct Baseline {
    var fingerprints: Set<String>
    var objects: Int

    static func scan(_ target: String, name: String, fleet: Fleet) async throws -> Baseline {
        let store = try SQLiteScanStore(path: try await fleet.scanAlone(target, name: name))
        let run = try #require(try await store.runs(RunQuery(tenantID: Tenant.defaultID)).first)
        let findings = try await findings(in: store, run: run.id)
        return Baseline(fingerprints: Set(findings.map(\.detection.fingerprint)), objects: run.counters.scanned)
    }

    /// Every finding `run` saw.
    static func findings(in store: SQLiteScanStore, run: Identifier<ScanRun>) async throws -> [Finding] {
        var findings: [Finding] = []
        while true {
            let query = FindingQuery(lastSeenRun: run, afterID: findings.last?.id, limit: 1000)
            let page = try await store.findings(query)
            guard !page.isEmpty else { return findings }
            findings += page
        }
    }
}

/// Polls a run in the store until a condition holds.
private struct RunWatch {
    let store: SQLiteScanStore
    let fleet: Fleet

    func wait(_ id: Identifier<ScanRun>, timeout: Double, until done: (ScanRun) -> Bool) async throws -> ScanRun {
        let deadline = Date().addingTimeInterval(timeout)
        var last: ScanRun?
        while Date() < deadline {
            last = try await store.run(id, tenant: Tenant.defaultID)
            if let last, done(last) { return last }
            try await Task.sleep(for: .milliseconds(200))
        }
        throw FleetError(
            "run \(id) not there within \(Int(timeout)) s; last seen \(String(describing: last))\n\(fleet.tails())"
        )
    }
}

/// The store's jobs, read one id at a time: the store has no listing of leases.
private enum JobScan {
    /// The ids of the jobs `owner` holds a lease on.
    static func leased(by owner: String, in store: SQLiteScanStore) async throws -> [Int64] {
        var held: [Int64] = []
        var id: Int64 = 1
        var misses = 0
        // Ids are dense; a run of misses means the end of the queue.
        while misses < 50 {
            if let job = try await store.job(id, tenant: Tenant.defaultID) {
                misses = 0
                if job.state == .leased, job.leaseOwner == owner { held.append(id) }
            } else {
                misses += 1
            }
            id += 1
        }
        return held
    }
}
