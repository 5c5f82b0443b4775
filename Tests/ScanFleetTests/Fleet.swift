import Foundation
import ScanCore
import ScanTestSupport

/// The processes of one fleet test, driven through the real `scanlogic` binary: a
/// migrated store (PostgreSQL, or embedded SQLite), one API server, workers and agents the
/// test can kill, and the remote CLI. Everything lives in one temporary folder;
/// ``shutdown()`` kills every process still running and removes the folder.
final class Fleet {
    // MARK: Member variables

    /// The `scanlogic` executable.
    let binary: String
    /// The temporary folder for the tree, the baseline store and process output.
    let folder: String
    /// The store's URL, or its path for the embedded SQLite store.
    let storeURL: String
    /// The environment every process gets: the shared hash key, then the server and token.
    private(set) var environment: [String: String]
    /// Every process started, by label, in start order.
    private(set) var processes: [(label: String, process: ChildProcess)] = []
    /// The API server's base URL, once it listens.
    private(set) var serverURL: String?

    // MARK: Initialization

    /// Prepares a fleet on the store at `storeURL` (by default an embedded SQLite store in
    /// the fleet's folder), with a fresh hash key.
    init(storeURL: String? = nil) throws {
        binary = try ScanlogicBinary.locate()
        folder = NSTemporaryDirectory() + "scanlogic-fleet-" + UUID().uuidString.lowercased()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        self.storeURL = storeURL ?? folder + "/store.sqlite"
        var generator = SystemRandomNumberGenerator()
        let key = (0..<32).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }
        environment = ["SCANLOGIC_HASH_KEY": key.joined()]
    }

    // MARK: Methods

    /// Migrates the store, creates an admin token and starts the API server with `workers`
    /// jobs in flight (none by default: the fleet's workers are separate processes).
    func startServer(workers: Int = 0) async throws {
        try await run(["migrate", "--store", storeURL])
        let token = try await createToken("ci", role: "admin")
        let server = try start("server", ["serve", "--store", storeURL, "--port", "0", "--workers", String(workers)])
        guard let output = await server.waitForOutput("listening on ", timeout: 60),
            let line = lines(output).first(where: { $0.hasPrefix("listening on ") })
        else {
            let status = await server.wait(timeout: 0).map { "exited with \($0)" } ?? "still running"
            throw FleetError("the server did not start listening (\(status))\n\(tails())")
        }
        let url = String(line.dropFirst("listening on ".count))
        serverURL = url
        environment["SCANLOGIC_SERVER"] = url
        environment["SCANLOGIC_TOKEN"] = token
    }

    /// Starts a worker process named `name`.
    @discardableResult
    func startWorker(_ name: String, concurrency: Int = 4) throws -> ChildProcess {
        try start(
            name,
            [
                "worker", "--store", storeURL, "--name", name, "--concurrency", String(concurrency),
                "--lease-duration", "3", "--drain-timeout", "5",
            ]
        )
    }

    /// Creates a token with `role` directly on the store; returns its secret.
    func createToken(_ name: String, role: String) async throws -> String {
        let output = try await run(["admin", "token", "create", "--store", storeURL, "--name", name, "--role", role])
        // The secret is printed alone on standard output, after the notice on standard error.
        guard let token = lines(output).last else { throw FleetError("no token in: \(output)") }
        return token
    }

    /// Starts `scanlogic agent` named `name` with its own agent `token` (the token is the
    /// agent's identity); returns once it registered with the server.
    func startAgent(_ name: String, token: String, maxJobs: Int = 4) async throws -> ChildProcess {
        let agent = try start(
            name,
            ["agent", "--name", name, "--max-jobs", String(maxJobs)],
            environment: ["SCANLOGIC_TOKEN": token]
        )
        guard await agent.waitForOutput("agent \(name) registered with ", timeout: 60) != nil else {
            let status = await agent.wait(timeout: 0).map { "exited with \($0)" } ?? "still running"
            throw FleetError("agent \(name) did not register (\(status))\n\(tails())")
        }
        return agent
    }

    /// Adds a source over `location` and a scan of it, through the server; returns the scan id.
    /// - Parameter runsOn: `agent` to place the source's enumerations and scans on agents.
    func createScan(
        of location: String,
        name: String = "tree",
        kind: String = "filesystem",
        runsOn: String? = nil
    ) async throws -> String {
        let placement = runsOn.map { ["--runs-on", $0] } ?? []
        let source = try await run(
            ["sources", "add", "--name", name, "--kind", kind, "--location", location] + placement
        )
        let sourceID = try identifier(after: "source ", in: source)
        let scan = try await run(["scans", "create", "--name", name, "--source", sourceID])
        return try identifier(after: "scan ", in: scan)
    }

    /// Triggers a run of the scan through the server; returns the run's id.
    func trigger(_ scanID: String) async throws -> Identifier<ScanRun> {
        let output = try await run(["scans", "trigger", scanID])
        return Identifier(try identifier(after: "run ", in: output))
    }

    /// Scans `root` in one process into a SQLite store of its own named `name`, with the
    /// fleet's hash key; returns the store's path.
    func scanAlone(_ root: String, name: String = "baseline") async throws -> String {
        let store = folder + "/\(name).sqlite"
        // Exit status 1 only means "findings at or above --fail-on".
        try await run(["scan", root, "--store", store, "--quiet", "--format", "json"], allowedStatuses: [0, 1])
        return store
    }

    /// Runs `scanlogic` with `arguments` to completion and returns what it printed.
    /// - Throws: ``FleetError`` with its output when it fails or outlives `timeout`.
    @discardableResult
    func run(_ arguments: [String], allowedStatuses: Set<Int32> = [0], timeout: Double = 60) async throws -> String {
        let process = try ChildProcess(binary, arguments, environment: environment)
        defer { process.terminate() }
        let status = await process.wait(timeout: timeout)
        let output = process.output
        guard let status, allowedStatuses.contains(status) else {
            let ending = status.map { "exited with \($0)" } ?? "did not finish within \(Int(timeout)) s"
            throw FleetError("scanlogic \(arguments.joined(separator: " ")) \(ending):\n\(output)")
        }
        return output
    }

    /// The last lines each process printed, labelled, for failure messages.
    func tails(lines count: Int = 30) -> String {
        processes.map { label, process in
            let text = lines(process.output).suffix(count).joined(separator: "\n")
            return "--- \(label) (pid \(process.pid)):\n\(text)"
        }
        .joined(separator: "\n")
    }

    /// Kills every process still running and removes the folder.
    func shutdown() {
        for (_, process) in processes { process.terminate() }
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func start(
        _ label: String,
        _ arguments: [String],
        environment extra: [String: String] = [:]
    ) throws -> ChildProcess {
        let process = try ChildProcess(binary, arguments, environment: environment.merging(extra) { _, new in new })
        processes.append((label, process))
        return process
    }

    /// The id in a line such as `source 6f1c…: tree (filesystem)`.
    private func identifier(after prefix: String, in output: String) throws -> String {
        guard let line = lines(output).first(where: { $0.hasPrefix(prefix) }),
            let colon = line.firstIndex(of: ":")
        else { throw FleetError("no '\(prefix)<id>:' line in: \(output)") }
        return String(line[line.index(line.startIndex, offsetBy: prefix.count)..<colon])
    }

    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
