import ArgumentParser
import ScanCore

/// What a finished run means for the command's output and exit status.
enum RunReport {
    /// The findings present in the run (new, unchanged, reopened), every page.
    static func findings(of run: ScanRun, store: any ScanStore) async throws -> [Finding] {
        var all: [Finding] = []
        var cursor: Int64?
        repeat {
            let page = try await store.findings(
                FindingQuery(tenantID: run.tenantID, lastSeenRun: run.id, status: .open, afterID: cursor, limit: 1000)
            )
            all += page
            cursor = page.count == 1000 ? page.last?.id : nil
        } while cursor != nil
        return all
    }

    /// Fails with status 2 for a failed run and 1 for findings at or above `failOn`.
    static func check(_ run: ScanRun, findings: [Finding], failOn: Severity?) throws {
        if run.status == .failed {
            Terminal.printError("run \(run.id) failed: \(run.error ?? "unknown error")")
            throw ExitCode(2)
        }
        if let failOn, findings.contains(where: { $0.detection.severity >= failOn }) {
            throw ExitCode(1)
        }
    }
}
