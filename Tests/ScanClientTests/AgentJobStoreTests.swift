import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import ScanClient
import ScanCore
import Synchronization
import Testing

/// The agent's store over a fake agent API: the claim's long poll only while idle, run
/// contexts answering the lookups that follow, and HTTP errors the worker can act on.
struct AgentJobStoreTests {
    /// What the fake server saw.
    final class Recorder: Sendable {
        let claims = Mutex<[AgentWire.Claim]>([])
        let failures = Mutex<[AgentWire.Failure]>([])
        let registrations = Mutex<[String]>([])
        let registered = Mutex(0)
        let status = Mutex(AgentStatus.active)
    }

    static let source = DataSource(
        name: "db",
        kind: .sqlite,
        location: "/data/app.db",
        createdAt: Date(),
        runsOn: .agent
    )
    static let definition = ScanDefinition(name: "db", sourceID: source.id, createdAt: Date())
    static let run = ScanRun(definitionID: definition.id, status: .running, createdAt: Date())

    @Test(arguments: [
        (409, ScanError.Code.leaseLost, false), (404, .notFound, false), (422, .invalidInput, false),
        (400, .invalidInput, false), (401, .permissionDenied, false), (403, .permissionDenied, false),
        (500, .connectionFailed, true), (503, .connectionFailed, true), (429, .connectionFailed, true),
    ])
    func statusesBecomeTheWorkersErrors(status: Int, code: ScanError.Code, transient: Bool) {
        let error = AgentJobStore.scanError(APIClientError.problem(status: status, body: Data()))
        #expect(error.code == code)
        #expect(error.isTransient == transient)
    }

    @Test func anUnreachableServerIsTransient() {
        let error = AgentJobStore.scanError(APIClientError(.unreachable, "cannot reach the server at h:1"))
        #expect(error.code == .connectionFailed)
        #expect(error.isTransient)
    }

    @Test func claimWaitsOnTheServerOnlyWhileTheAgentIsIdle() async throws {
        let recorder = Recorder()
        try await withStore(recorder) { store in
            // Given an agent of 4 slots, idle, then running 3 jobs
            _ = try await store.claimJobs(ClaimRequest(worker: "a1", limit: 4, now: Date()))
            _ = try await store.claimJobs(ClaimRequest(worker: "a1", limit: 1, now: Date()))
        }
        // Then only the idle claim may wait
        let claims = recorder.claims.withLock { $0 }
        #expect(claims.map(\.waitSeconds) == [10, 0])
        #expect(claims.map(\.activeJobs) == [0, 3])
        #expect(claims.map(\.limit) == [4, 1])
    }

    @Test func aDisabledAgentAsksAgainOnlyAfterTheIdleWait() async throws {
        let recorder = Recorder()
        recorder.status.withLock { $0 = .disabled }
        try await withStore(recorder, idleWait: 0.3) { store in
            let start = ContinuousClock.now
            let jobs = try await store.claimJobs(ClaimRequest(worker: "a1", limit: 4, now: Date()))
            #expect(jobs.isEmpty)
            #expect(ContinuousClock.now - start >= .milliseconds(300))
        }
    }

    @Test func aRunContextAnswersTheLookupsThatFollow() async throws {
        try await withStore(Recorder()) { store in
            let tenant = Tenant.defaultID
            let run = try await store.run(Self.run.id, tenant: tenant)
            let definition = try await store.definition(Self.definition.id, tenant: tenant)
            let source = try await store.source(Self.source.id, tenant: tenant)
            let unknown = try await store.run(Identifier("other"), tenant: tenant)
            #expect(run == Self.run)
            #expect(definition == Self.definition)
            #expect(source == Self.source)
            #expect(unknown == nil)
            let error = await #expect(throws: ScanError.self) {
                try await store.source(Identifier("other"), tenant: tenant)
            }
            #expect(error?.code == .notFound)
        }
    }

    @Test func aJobAnotherWorkerHoldsIsALostLease() async throws {
        let recorder = Recorder()
        try await withStore(recorder) { store in
            let result = ObjectResult(object: ObjectRef(path: "t", kind: .table), outcome: .clean)
            let error = await #expect(throws: ScanError.self) {
                try await store.completeScan(Self.job, worker: "a1", result: result, at: Date())
            }
            #expect(error?.code == .leaseLost)
            let now = Date()
            try await store.failJob(Self.job, worker: "a1", error: "busy", retryAt: now + 5, at: now)
        }
        #expect(recorder.failures.withLock { $0 } == [AgentWire.Failure(error: "busy", retryAfterSeconds: 5)])
    }

    @Test func registrationSendsTheAgentInAPIJSON() async throws {
        let recorder = Recorder()
        let onRegistered: @Sendable () -> Void = { recorder.registered.withLock { $0 += 1 } }
        try await withStore(recorder, onRegistered: onRegistered) { store in
            let record = WorkerRecord(id: "a1", host: "h", pid: 1, concurrency: 4, startedAt: Date())
            try await store.registerWorker(record)
        }
        let body = try #require(recorder.registrations.withLock { $0 }.first)
        #expect(body.contains(#""max_jobs":4"#))
        #expect(body.contains(#""capabilities":["filesystem","sqlite","postgres"]"#))
        #expect(recorder.registered.withLock { $0 } == 1)
    }

    // MARK: Helpers

    static let job = Job(
        id: 7,
        tenantID: Tenant.defaultID,
        runID: run.id,
        kind: .scan,
        parentID: nil,
        idempotencyKey: "k",
        priority: 0,
        state: .leased,
        attempts: 1,
        maxAttempts: 3,
        runAfter: Date(),
        leaseOwner: "a1",
        leaseExpiresAt: nil,
        lastError: nil,
        payload: .scan(ObjectRef(path: "t", kind: .table))
    )

    private func makeApp(_ recorder: Recorder) -> some ApplicationProtocol {
        let router = Router()
        let api = router.group("api/v1/agent")
        api.post("jobs/claim") { request, _ in
            let claim = try AgentWire.decoder().decode(AgentWire.Claim.self, from: try await Self.body(request))
            recorder.claims.withLock { $0.append(claim) }
            let status = recorder.status.withLock { $0 }
            return try Self.wire(AgentWire.Claimed(jobs: [], leaseSeconds: 30, status: status))
        }
        api.get("runs/{id}") { _, context in
            guard context.parameters.get("id") == Self.run.id.rawValue else { return Response(status: .notFound) }
            return try Self.wire(AgentWire.RunContext(run: Self.run, definition: Self.definition, source: Self.source))
        }
        api.post("jobs/{id}/scan") { _, _ in Response(status: .conflict) }
        api.post("jobs/{id}/fail") { request, _ in
            let failure = try AgentWire.decoder().decode(AgentWire.Failure.self, from: try await Self.body(request))
            recorder.failures.withLock { $0.append(failure) }
            return Response(status: .noContent)
        }
        api.post("register") { request, _ in
            let body = String(decoding: try await Self.body(request), as: UTF8.self)
            recorder.registrations.withLock { $0.append(body) }
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: "{}")))
        }
        return Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    }

    private static func body(_ request: Request) async throws -> Data {
        Data(try await request.body.collect(upTo: 1 << 20).readableBytesView)
    }

    private static func wire(_ value: some Encodable) throws -> Response {
        Response(
            status: .ok,
            headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(bytes: try AgentWire.encoder().encode(value)))
        )
    }

    private func withStore(
        _ recorder: Recorder,
        onRegistered: @escaping @Sendable () -> Void = {},
        idleWait: Double = 10,
        _ body: @escaping @Sendable (AgentJobStore) async throws -> Void
    ) async throws {
        try await makeApp(recorder).test(.live) { client in
            let port = try #require(client.port)
            let configuration = try APIClient.Configuration(server: "http://127.0.0.1:\(port)", token: "slk_agent")
            try await APIClient.withClient(configuration) { client in
                let store = AgentJobStore(
                    client: client,
                    configuration: .init(name: "a1", maxJobs: 4, idleWait: idleWait),
                    onRegistered: onRegistered
                )
                try await body(store)
            }
        }
    }
}
