/// How a database connector samples rows of a table.
///
/// The default reads the first rows in primary-key (or rowid) order, so two runs over
/// unchanged data sample the same rows and give the same result.
public struct SamplingOptions: Sendable, Codable, Hashable {
    /// Which rows to read.
    public enum Mode: String, Sendable, Codable, CaseIterable {
        /// The first rows in a stable order.
        case first
        /// A pseudo-random subset chosen from ``SamplingOptions/seed``, the same for the same seed.
        case random
    }

    /// Rows per table.
    public var rows: Int
    /// The selection mode.
    public var mode: Mode
    /// The seed for `.random`.
    public var seed: UInt64

    /// Creates options; by default the first 100 rows.
    public init(rows: Int = 100, mode: Mode = .first, seed: UInt64 = 0) {
        self.rows = rows
        self.mode = mode
        self.seed = seed
    }
}
