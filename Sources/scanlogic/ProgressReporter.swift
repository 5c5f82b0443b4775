import Foundation
import ScanCore

/// Shows a run's progress: a redrawn bar on a terminal, plain lines otherwise.
///
/// It reads the run's counters from the store, so what it shows is what is committed.
struct ProgressReporter: Sendable {
    let store: any ScanStore
    let runID: Identifier<ScanRun>
    let enabled: Bool
    private let started = Date()
    private let isTerminal = Terminal.stderrIsTerminal

    init(store: any ScanStore, runID: Identifier<ScanRun>, enabled: Bool) {
        self.store = store
        self.runID = runID
        self.enabled = enabled
    }

    func run() async throws {
        guard enabled else { return try await Task.sleep(for: .seconds(1 << 30)) }
        var lastLine = ""
        var lastPrinted = Date.distantPast
        while !Task.isCancelled {
            if let run = try await store.run(runID, tenant: Tenant.defaultID) {
                let line = Self.describe(run, elapsed: Date().timeIntervalSince(started))
                if isTerminal {
                    Terminal.writeError("\r\u{1B}[2K" + Self.bar(run) + " " + line)
                } else if line != lastLine, Date().timeIntervalSince(lastPrinted) >= 2 {
                    Terminal.writeError("progress: " + line + "\n")
                    lastPrinted = Date()
                }
                lastLine = line
            }
            try await Task.sleep(for: .milliseconds(isTerminal ? 150 : 500))
        }
    }

    func finish() {
        if enabled && isTerminal { Terminal.writeError("\r\u{1B}[2K") }
    }

    static func describe(_ run: ScanRun, elapsed: Double) -> String {
        let counters = run.counters
        let total = run.enumerationDone ? "/\(counters.enumerated)" : "/\(counters.enumerated)+"
        let megabytes = Double(counters.bytes) / 1_048_576
        let rate = elapsed > 0 ? megabytes / elapsed : 0
        return "\(counters.finalized)\(total) objects, \(String(format: "%.1f", megabytes)) MB, "
            + "\(String(format: "%.1f", rate)) MB/s, \(counters.findingsOpen) findings, \(counters.failed) failed"
    }

    private static func bar(_ run: ScanRun) -> String {
        let width = 24
        let total = max(run.counters.enumerated, 1)
        let filled = run.enumerationDone ? width * run.counters.finalized / total : 0
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "]"
    }
}
