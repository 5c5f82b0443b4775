internal import ScanCore

/// The matches of a packed table, grouped by column and classifier.
struct ColumnEvidence: Sendable {
    /// The number of non-null sampled values of each column.
    let sampledValues: [Int]
    private let classifierCount: Int
    /// Per (column, classifier) slot: the best confidence of each matching value index.
    private var slots: [[Int: Double]]

    /// Groups `matches`, found in `packed`, by where their values came from.
    init(matches: [RuleMatch], packed: PackedTable, table: TableSample, classifierCount: Int) {
        self.classifierCount = classifierCount
        self.sampledValues = table.columns.map { column in column.values.count { $0 != nil } }
        self.slots = Array(repeating: [:], count: table.columns.count * classifierCount)
        for match in matches {
            guard let origin = packed.origin(of: match.valueStart) else { continue }
            let slot = origin.column * classifierCount + match.classifierIndex
            slots[slot][origin.value] = max(slots[slot][origin.value] ?? 0, match.confidence)
        }
    }

    /// The matching value indices of `column` for `classifier`, with their best confidence.
    func matches(column: Int, classifier: Int) -> [Int: Double] {
        slots[column * classifierCount + classifier]
    }
}
