import ArgumentParser
import Foundation
import ScanClient
import ScanCore

/// Shows a remote run's progress from its events: a redrawn bar on a terminal, plain
/// lines (at most one every 2 seconds, only on change) otherwise. Both go to standard error.
struct RemoteRunProgress {
    private let isTerminal = Terminal.stderrIsTerminal
    private var lastLine = ""
    private var lastPrinted = Date.distantPast

    mutating func show(_ remote: RemoteRun) {
        let run = remote.scanRun
        let elapsed = remote.startedAt.map { Date().timeIntervalSince($0) } ?? 0
        let line = "\(run.status.rawValue): " + ProgressReporter.describe(run, elapsed: elapsed)
        if isTerminal {
            Terminal.writeError("\r\u{1B}[2K" + Self.bar(remote) + " " + line)
        } else if line != lastLine, Date().timeIntervalSince(lastPrinted) >= 2 || remote.isTerminal {
            Terminal.writeError("progress: " + line + "\n")
            lastPrinted = Date()
        }
        lastLine = line
    }

    func finish() {
        if isTerminal { Terminal.writeError("\r\u{1B}[2K") }
    }

    /// The final summary printed on standard output.
    static func summary(_ remote: RemoteRun) -> String {
        let counters = remote.counters
        var text =
            "run \(remote.id): \(remote.status). \(counters.finalized) objects (\(counters.failed) failed), "
            + "\(counters.bytes) bytes. Findings: \(counters.findingsNew) new, \(counters.findingsUnchanged) unchanged, "
            + "\(counters.findingsReopened) reopened, \(counters.findingsFixed) fixed."
        if let error = remote.error { text += " Error: \(error)" }
        return text
    }

    private static func bar(_ remote: RemoteRun) -> String {
        let width = 24
        let total = max(remote.counters.enumerated, 1)
        let filled = remote.enumerationDone ? min(width, width * remote.counters.finalized / total) : 0
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "]"
    }
}

/// Follows a run to its end and maps the outcome to the exit status.
enum RunWatch {
    /// Watches `runID`; returns when it completed, throws `ExitCode(1)` when it failed or was cancelled.
    static func follow(_ runID: String, client: APIClient, quiet: Bool) async throws {
        var progress = RemoteRunProgress()
        let final = try await RunFollower(client: client, runID: runID).follow { run in
            if !quiet { progress.show(run) }
        }
        if !quiet { progress.finish() }
        print(RemoteRunProgress.summary(final))
        if final.runStatus != .completed { throw ExitCode(1) }
    }
}
