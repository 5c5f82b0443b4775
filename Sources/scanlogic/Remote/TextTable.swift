import Foundation
import ScanClient

/// Plain column layout for the remote listings, and JSON printing of what the server sent.
enum TextTable {
    /// Prints `rows` under `header` with aligned columns, or `empty` when there are none.
    static func print(_ header: [String], _ rows: [[String]], empty: String) {
        guard !rows.isEmpty else { return Swift.print(empty) }
        let all = [header] + rows
        let widths = header.indices.map { column in min(60, all.map { $0[column].count }.max() ?? 0) }
        for row in all {
            let cells = zip(row, widths).map { cell, width in
                let clipped = cell.count > width ? String(cell.prefix(width - 1)) + "…" : cell
                return clipped.padding(toLength: width, withPad: " ", startingAt: 0)
            }
            Swift.print(cells.joined(separator: "  ").trimmingCharacters(in: .whitespaces))
        }
    }

    /// Prints `key: value` lines, skipping `nil` values.
    static func printFields(_ fields: [(String, String?)]) {
        let width = fields.map(\.0.count).max() ?? 0
        for (key, value) in fields {
            guard let value else { continue }
            Swift.print((key + ":").padding(toLength: width + 1, withPad: " ", startingAt: 0) + " " + value)
        }
    }

    /// Prints JSON as received, pretty and with sorted keys.
    static func printJSON(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        Swift.print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// A date as ISO 8601, or `-`.
    static func date(_ date: Date?) -> String {
        date.map { ISO8601DateFormatter().string(from: $0) } ?? "-"
    }
}
