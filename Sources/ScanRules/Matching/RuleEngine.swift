public import ScanCore

/// Runs a list of classifiers over byte buffers and table samples.
///
/// Everything is compiled once in ``init(classifiers:)``: pattern and dictionary
/// classifiers into one Vectorscan database, digit-shaped classifiers into one shared
/// byte scanner. A scan then reads the buffer once per engine, not once per classifier.
///
/// ```swift
/// let engine = try RuleEngine(classifiers: BuiltinClassifiers.all)
/// for match in engine.scan(chunk.bytes) {
///     let value = chunk.bytes[match.valueStart..<match.valueEnd]
///     // hash and redact `value` before storing anything
/// }
/// ```
///
/// - Important: The engine is immutable and `Sendable`; share one instance between all
///   concurrent scans instead of building one per object.
public struct RuleEngine: Sendable {
    // MARK: Member variables

    /// The classifiers, in the order ``RuleMatch/classifierIndex`` refers to.
    public let classifiers: [Classifier]
    private let plan: MatchPlan
    let nameSignals: [[ColumnNameSignal]]

    // MARK: Initialization

    /// Compiles `classifiers`.
    /// - Throws: ``ScanError`` with `.invalidRule` naming the first classifier whose
    ///   pattern, dictionary or extract expression cannot be compiled.
    public init(classifiers: [Classifier]) throws {
        self.classifiers = classifiers
        self.plan = try MatchPlan(classifiers)
        self.nameSignals = classifiers.map { $0.columnNames.map(ColumnNameSignal.init) }
    }

    // MARK: Methods

    /// Every confirmed match in `buffer`, sorted by ``RuleMatch/valueStart``.
    public func scan(_ buffer: [UInt8]) -> [RuleMatch] {
        buffer.withUnsafeBytes { scan($0) }
    }

    /// Every confirmed match in `buffer`, sorted by ``RuleMatch/valueStart``; offsets are
    /// relative to `buffer`.
    public func scan(_ buffer: UnsafeRawBufferPointer) -> [RuleMatch] {
        plan.matches(in: buffer, segments: nil)
    }

    /// Classifies the columns of a sampled table by their values and names.
    ///
    /// All sampled values are scanned together in one buffer. A classifier classifies a
    /// column when the share of its non-null sampled values that match reaches
    /// `minMatchRatio(ruleID)` (with a threshold of 0, one matching value is enough), or
    /// when the column name matches one of its ``Classifier/columnNames`` globs.
    /// - Parameter minMatchRatio: The threshold for each rule id, between 0 and 1.
    /// - Returns: One verdict per classified (column, classifier), in column order, then
    ///   classifier order.
    public func classify(_ table: TableSample, minMatchRatio: (String) -> Double) -> [ColumnVerdict] {
        let packed = PackedTable(table)
        let matches = packed.bytes.withUnsafeBytes { plan.matches(in: $0, segments: packed.segments) }
        let evidence = ColumnEvidence(
            matches: matches,
            packed: packed,
            table: table,
            classifierCount: classifiers.count
        )
        return table.columns.indices.flatMap { column in
            classifiers.indices.compactMap { index in
                verdict(
                    column: column,
                    classifier: index,
                    evidence: evidence,
                    table: table,
                    minMatchRatio: minMatchRatio
                )
            }
        }
    }
}
