public import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A process started by a test (a `scanlogic` server or worker), with its combined output
/// in a file, so tests can kill it, restart others and read what it printed.
///
/// Spawned with `posix_spawn` (``Spawn``), as ``ShellCommand`` explains.
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
        let merged = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        pid = try Spawn.start([executable] + arguments, outputPath: outputPath, environment: merged)
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
        exitStatus = Spawn.exitCode(status)
        return exitStatus
    }

    deinit { terminate() }
}
