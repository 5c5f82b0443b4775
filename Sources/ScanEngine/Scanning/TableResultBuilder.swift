import ScanCore
import ScanRules

/// Builds the result of a sampled table: a column asset per column, a classification
/// per verdict, and one column-level finding per (column, rule).
struct TableResultBuilder {
    let rules: RuleProfile
    let hasher: ValueHasher

    func result(for object: ObjectRef, table sample: TableSample) -> ObjectResult {
        let table = rules.scoped(sample)
        let verdicts = rules.engine.classify(table) { rules.ruleSet.minMatchRatio(for: $0) }
        var byColumn: [String: [ColumnVerdict]] = [:]
        for verdict in verdicts { byColumn[verdict.column, default: []].append(verdict) }
        var assets = [
            AssetObservation(path: table.schema, parentPath: nil, kind: .schema),
            AssetObservation(path: object.path, parentPath: table.schema, kind: .table, size: table.rowCount),
        ]
        var detections: [Detection] = []
        for column in table.columns {
            let path = "\(object.path)/\(column.name)"
            let columnVerdicts = byColumn[column.name] ?? []
            assets.append(
                AssetObservation(
                    path: path,
                    parentPath: object.path,
                    kind: .column,
                    dataType: column.type,
                    classifications: columnVerdicts.map(\.classification)
                )
            )
            detections += columnVerdicts.map { detection(for: $0, column: column, path: path) }
        }
        return ObjectResult(
            object: object,
            outcome: detections.isEmpty ? .clean : .findings,
            bytesRead: Self.sampledBytes(table),
            assets: assets,
            detections: detections
        )
    }

    /// A column finding's identity is the rule and the column, not a value: the finding
    /// stays the same while the sampled rows change.
    private func detection(for verdict: ColumnVerdict, column: ColumnSample, path: String) -> Detection {
        let classifier = rules.engine.classifiers.first { $0.id == verdict.classification.ruleID }
        let example = verdict.sampleMatches.first.flatMap { column.values[$0] }
        return Detection(
            fingerprint: Fingerprint.make(
                ruleID: verdict.classification.ruleID,
                assetPath: path,
                locationKey: "column",
                valueHash: ""
            ),
            ruleID: verdict.classification.ruleID,
            category: verdict.classification.category,
            severity: classifier?.severity ?? .medium,
            assetPath: path,
            line: nil,
            column: nil,
            valueHash: example.map { hasher.hash(Array($0.utf8)) } ?? "",
            preview: example.map { Redactor.preview(Array($0.utf8)) } ?? "(column name)",
            confidence: verdict.classification.confidence
        )
    }

    private static func sampledBytes(_ table: TableSample) -> Int64 {
        table.columns.reduce(0) { total, column in
            total + column.values.reduce(0) { $0 + Int64($1?.utf8.count ?? 0) }
        }
    }
}
