import Foundation
import ScanCore
import ScanIngest

/// A run of a definition's external tool: the command is run on the source's location in
/// a fresh working directory, and its report is read into one batch per tool.
///
/// A status the command does not accept, a missing report or an invalid one fails with the
/// tool's masked standard-error tail, which becomes the run's error.
struct ToolScan {
    let command: ToolCommand
    let source: DataSource
    let destination: IngestDestination
    let reader: ReportReader

    func reports(at now: Date) async throws -> [IngestBatch] {
        let workdir = FileManager.default.temporaryDirectory
            .appendingPathComponent("scanlogic-tool-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: workdir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: workdir) }
        let output = workdir.appendingPathComponent("report")
        let arguments = command.resolved([
            "target": source.location, "output": output.path, "workdir": workdir.path,
        ])
        let process = ToolProcess(arguments: arguments, workdir: workdir, timeout: .seconds(command.timeoutSeconds))
        let exit = try await process.run(name: command.name)
        guard command.exitCodes.contains(exit.status) else {
            throw failure("exited with status \(exit.status)", exit)
        }
        let report = command.writesOutputFile ? output : exit.stdout
        guard let data = try? Data(contentsOf: report), !data.isEmpty else {
            throw failure("wrote no report to \(command.writesOutputFile ? "{output}" : "standard output")", exit)
        }
        do {
            return try reader.batches(data, format: command.format, into: destination, root: source.location, at: now)
        } catch let error as ScanError {
            throw failure("wrote an invalid \(command.format.rawValue) report: \(error.message)", exit)
        }
    }

    private func failure(_ problem: String, _ exit: ToolProcess.Exit) -> ScanError {
        let tail = exit.stderrTail.isEmpty ? "" : "; standard error ends with:\n\(exit.stderrTail)"
        return ScanError(.fetchFailed, "external tool '\(command.name)' \(problem)\(tail)")
    }
}
