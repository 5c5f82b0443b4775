public import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A process started by a test (a `scanlogic` server or worker), with its combined output
/// in a file, so tests can kill it, restart others and read what it printed.
///
/// Spawned with `posix_spawn`, as ``ShellCommand`` explains.
public final class ChildProcess: @unchecked Sendable {
    /// The process id.
    public let pid: pid_t
    /// Where its standard output and error go.
    public let outputPath: String
    private let lock = NSLock()
    private var exitStatus: Int32?

    /// Starts `executable` with `arguments` and `environment` added to this process's.
    public init(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws {
        outputPath = NSTemporaryDirectory() + "scanlogic-child-" + UUID().uuidString + ".log"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = [executable] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }
        let merged = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        var cEnvironment = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for entry in cEnvironment { free(entry) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, &cArguments, &cEnvironment)
        guard spawned == 0 else {
            throw TestPostgresServerError("cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        self.pid = pid
    }

    /// What it printed so far.
    public var output: String { (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "" }

    /// Sends `signal` (SIGKILL, SIGTERM, …).
    public func send(_ signal: Int32) { kill(pid, signal) }

    /// Waits for it to exit, polling, for at most `timeout` seconds; returns the exit
    /// status (128 + signal for a killed process), or `nil` if it is still running.
    public func wait(timeout: Double) async -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let status = reap() { return status }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return reap()
    }

    /// Waits until its output contains `text`; returns the output, or `nil` on timeout
    /// or when it exits first.
    public func waitForOutput(_ text: String, timeout: Double) async -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let current = output
            if current.contains(text) { return current }
            if reap() != nil { return nil }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return nil
    }

    /// Kills it if it still runs and removes its output file.
    public func terminate() {
        if reap() == nil {
            send(SIGKILL)
            while reap() == nil { usleep(10_000) }
        }
        try? FileManager.default.removeItem(atPath: outputPath)
    }

    private func reap() -> Int32? {
        lock.lock()
        defer { lock.unlock() }
        if let exitStatus { return exitStatus }
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == pid else { return nil }
        // WIFEXITED / WEXITSTATUS, spelled out: the C macros are not imported into Swift.
        exitStatus = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return exitStatus
    }

    deinit { terminate() }
}
