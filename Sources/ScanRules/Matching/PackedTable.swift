internal import ScanCore

/// The sampled values of a table packed into one buffer, so one scan covers them all.
///
/// Values are laid out column by column and separated by a newline. Because a value may
/// itself hold newlines, the separator alone cannot keep a match inside one value: the
/// ``segments`` index does, and maps every offset back to its column and value.
struct PackedTable: Sendable {
    /// The packed bytes.
    private(set) var bytes: [UInt8] = []
    /// The byte range of each packed value.
    private(set) var segments = SegmentIndex()
    /// The column and the value index (in `ColumnSample.values`) of each segment.
    private(set) var origins: [(column: Int, value: Int)] = []

    /// Packs the non-null values of `table`.
    init(_ table: TableSample) {
        let total = table.columns.reduce(0) { sum, column in
            column.values.reduce(sum) { $0 + ($1?.utf8.count ?? 0) + 1 }
        }
        bytes.reserveCapacity(total)
        for (columnIndex, column) in table.columns.enumerated() {
            for (valueIndex, value) in column.values.enumerated() {
                guard let value else { continue }
                let start = bytes.count
                bytes.append(contentsOf: value.utf8)
                segments.append(start..<bytes.count)
                origins.append((columnIndex, valueIndex))
                bytes.append(UInt8(ascii: "\n"))
            }
        }
    }

    /// The column and value of the match starting at `offset`.
    func origin(of offset: Int) -> (column: Int, value: Int)? {
        segments.segment(containing: offset).map { origins[$0] }
    }
}
