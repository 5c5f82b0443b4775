import Foundation
import ScanCore
import ScanIngest

#if canImport(Glibc)
import Glibc
#endif

/// One run of an external tool: its arguments, a deadline, and what it left behind.
///
/// Standard output and error go to files in the tool's working directory, so a chatty tool
/// never blocks on a full pipe; only the tail of standard error is kept, masked, for the
/// run's error message.
struct ToolProcess {
    /// How a finished tool ended.
    struct Exit {
        var status: Int32
        var stdout: URL
        var stderrTail: String
    }

    let arguments: [String]
    let workdir: URL
    let timeout: Duration

    /// Runs the tool to its end, stopping it at the deadline or when the task is cancelled.
    /// - Throws: `.timeout` past the deadline; `.fetchFailed` when it cannot start.
    func run(name: String) async throws -> Exit {
        let stdout = workdir.appendingPathComponent("stdout")
        let stderr = workdir.appendingPathComponent("stderr")
        guard
            FileManager.default.createFile(atPath: stdout.path, contents: nil),
            FileManager.default.createFile(atPath: stderr.path, contents: nil)
        else {
            throw ScanError(.fetchFailed, "external tool '\(name)': cannot write in \(workdir.path)")
        }
        let process = Process()
        // `env` looks the executable up on PATH, as a shell would. Foundation starts it as
        // the leader of its own process group, which ``stop(_:)`` signals as a whole.
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = workdir
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: stdout)
        process.standardError = try FileHandle(forWritingTo: stderr)
        let status = try await runToEnd(process, name: name)
        return Exit(status: status, stdout: stdout, stderrTail: Self.tail(of: stderr))
    }

    private func runToEnd(_ process: Process, name: String) async throws -> Int32 {
        let ended = AsyncStream<Int32>.makeStream()
        process.terminationHandler = { finished in
            ended.continuation.yield(finished.terminationStatus)
            ended.continuation.finish()
        }
        do {
            try process.run()
        } catch {
            throw ScanError(.fetchFailed, "external tool '\(name)' could not start: \(error)")
        }
        let timedOut = Flag()
        let deadline = Task { [timeout] in
            try await Task.sleep(for: timeout)
            timedOut.set()
            Self.stop(process)
        }
        defer { deadline.cancel() }
        let status = await withTaskCancellationHandler {
            var iterator = ended.stream.makeAsyncIterator()
            return await iterator.next() ?? -1
        } onCancel: {
            Self.stop(process)
        }
        try Task.checkCancellation()
        if timedOut.isSet {
            throw ScanError(
                .timeout,
                "external tool '\(name)' timed out after \(timeout.components.seconds) s",
                transient: false
            )
        }
        return status
    }

    /// Asks the tool's process group to stop, then kills it if it has not stopped two
    /// seconds later. The whole group, because Foundation learns of the tool's exit only
    /// once every process holding its descriptors is gone, children included.
    private static func stop(_ process: Process) {
        guard process.isRunning else { return }
        let group = -process.processIdentifier
        kill(group, SIGTERM)
        Task {
            try? await Task.sleep(for: .seconds(2))
            if process.isRunning { kill(group, SIGKILL) }
        }
    }

    /// The last lines of standard error (at most 20 lines or 2 KiB), masked: a tool may
    /// echo the secret it found.
    static func tail(of file: URL) -> String {
        guard let handle = try? FileHandle(forReadingFrom: file) else { return "" }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? 0
        let start = size > 2_048 ? size - 2_048 : 0
        try? handle.seek(toOffset: start)
        let text = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).suffix(20)
        return lines.map { CodeRedactor.mask(String($0)) }.joined(separator: "\n")
    }
}

/// A flag set once from another task.
private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.withLock { value } }

    func set() { lock.withLock { value = true } }
}
