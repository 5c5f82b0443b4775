internal import ScanCore

/// How column verdicts combine value and name evidence.
extension RuleEngine {
    /// What a matching column name adds to value evidence.
    static let nameBoost = 0.3
    /// The confidence of a verdict that rests on the column name alone.
    static let nameOnlyConfidence = 0.6

    /// The verdict of classifier `index` on `column`, or `nil` when neither signal fires.
    func verdict(
        column: Int,
        classifier index: Int,
        evidence: ColumnEvidence,
        table: TableSample,
        minMatchRatio: (String) -> Double
    ) -> ColumnVerdict? {
        let classifier = classifiers[index]
        let name = table.columns[column].name
        let signal = nameSignals[index].first { $0.matches(name) }
        let hits = evidence.matches(column: column, classifier: index)
        let sampled = evidence.sampledValues[column]
        let ratio = sampled == 0 ? 0 : Double(hits.count) / Double(sampled)
        let byValues = !hits.isEmpty && ratio >= minMatchRatio(classifier.id)
        guard byValues || signal != nil else { return nil }
        let confidence = Self.confidence(values: byValues ? Array(hits.values) : [], ratio: ratio, named: signal != nil)
        let explanation = Self.explanation(
            matched: hits.count,
            sampled: sampled,
            classifier: classifier,
            column: name,
            signal: signal
        )
        return ColumnVerdict(
            column: name,
            classification: Classification(
                ruleID: classifier.id,
                category: classifier.category,
                confidence: confidence,
                explanation: explanation
            ),
            matchedValues: hits.count,
            sampledValues: sampled,
            sampleMatches: hits.keys.sorted()
        )
    }

    /// Combines the confidences of matching values with the name signal, capped at 1.
    ///
    /// Value evidence is the mean match confidence scaled by `0.5 + ratio / 2`: a column
    /// where every value matches keeps the full confidence, while a sparse column that
    /// only passed a low threshold keeps half of it instead of nearly nothing.
    private static func confidence(values: [Double], ratio: Double, named: Bool) -> Double {
        guard !values.isEmpty else { return named ? nameOnlyConfidence : 0 }
        let mean = values.reduce(0, +) / Double(values.count)
        let fromValues = mean * (0.5 + 0.5 * ratio)
        return min(1, fromValues + (named ? nameBoost : 0))
    }

    private static func explanation(
        matched: Int,
        sampled: Int,
        classifier: Classifier,
        column: String,
        signal: ColumnNameSignal?
    ) -> String {
        var parts: [String] = []
        if matched > 0 {
            let check = classifier.validator.map { " (\($0.name))" } ?? ""
            parts.append("\(matched)/\(sampled) sampled values matched \(classifier.id)\(check)")
        }
        if let signal {
            parts.append("column name '\(column)' matched '\(signal.pattern)'")
        }
        return parts.joined(separator: "; ")
    }
}
