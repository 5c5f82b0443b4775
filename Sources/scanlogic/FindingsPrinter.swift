import Foundation
import ScanCore
import ScanRules

/// Writes a run's findings as a table, JSON or SARIF 2.1.0.
struct FindingsPrinter {
    let format: OutputFormat
    let classifiers: [Classifier]

    func write(run: ScanRun?, findings: [Finding], to path: String?) throws {
        let text: String
        switch format {
        case .table: text = FindingsTable.render(run: run, findings: findings)
        case .json: text = try JSONReport.render(run: run, findings: findings)
        case .sarif: text = try SARIFReport.render(findings: findings, classifiers: classifiers)
        }
        guard let path else { return print(text, terminator: text.hasSuffix("\n") ? "" : "\n") }
        try OutputFile.write(Data(text.utf8), to: path)
    }
}

/// Writes command output to a path given by the user.
enum OutputFile {
    /// Opens the path in place (created or truncated) and writes `data`.
    ///
    /// `FileManager.createFile` writes a temporary file and renames it over the path, which
    /// replaces `/dev/null`, `/dev/stdout` or a named pipe with a regular file (and, as
    /// root, breaks the whole system's `/dev/null`); an in-place write does not.
    static func write(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw ScanError(.invalidInput, "cannot write \(path): \(String(cString: strerror(errno)))")
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: data)
            try handle.close()
        } catch {
            throw ScanError(.invalidInput, "cannot write \(path): \(error.localizedDescription)")
        }
    }
}

/// The human-readable table.
enum FindingsTable {
    static func render(run: ScanRun?, findings: [Finding]) -> String {
        var rows = [["SEVERITY", "RULE", "LOCATION", "PREVIEW", "CHANGE"]]
        for finding in findings.sorted(by: order) {
            let detection = finding.detection
            let location =
                detection.line.map { "\(detection.assetPath):\($0):\(detection.column ?? 1)" } ?? detection.assetPath
            rows.append([
                detection.severity.rawValue, detection.ruleID, location, detection.preview, finding.lastChange.rawValue,
            ])
        }
        var text = rows.count > 1 ? layout(rows) : "No findings.\n"
        if let run { text += summary(run) }
        return text
    }

    private static func order(_ lhs: Finding, _ rhs: Finding) -> Bool {
        let left = lhs.detection
        let right = rhs.detection
        if left.severity != right.severity { return left.severity > right.severity }
        if left.assetPath != right.assetPath { return left.assetPath < right.assetPath }
        return (left.line ?? 0) < (right.line ?? 0)
    }

    private static func layout(_ rows: [[String]]) -> String {
        let widths = (0..<rows[0].count).map { column in min(60, rows.map { $0[column].count }.max() ?? 0) }
        return rows.map { row in
            zip(row, widths).map { cell, width in
                let clipped = cell.count > width ? String(cell.prefix(width - 1)) + "…" : cell
                return clipped.padding(toLength: width, withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n") + "\n"
    }

    private static func summary(_ run: ScanRun) -> String {
        let counters = run.counters
        return """

            Run \(run.id): \(run.status.rawValue). \(counters.finalized) objects (\(counters.failed) failed), \
            \(counters.bytes) bytes. Findings: \(counters.findingsNew) new, \(counters.findingsUnchanged) unchanged, \
            \(counters.findingsReopened) reopened, \(counters.findingsFixed) fixed.

            """
    }
}

/// The JSON document: the run and its findings.
enum JSONReport {
    private struct Document: Encodable {
        var run: ScanRun?
        var findings: [Finding]
    }

    static func render(run: ScanRun?, findings: [Finding]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(Document(run: run, findings: findings)), as: UTF8.self) + "\n"
    }
}
