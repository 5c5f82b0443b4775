/// Everything ``RuleEngine`` compiles once from its classifiers.
///
/// Pattern and dictionary classifiers share one Vectorscan database, digit classifiers
/// share one ``DigitScanner`` pass, and column-name-only classifiers cost nothing here.
struct MatchPlan: Sendable {
    // MARK: Member variables

    /// The database of every pattern and dictionary; `nil` when there are none.
    let database: VectorscanDatabase?
    /// The classifier index of each pattern in `database`.
    let patternOwners: [Int]
    /// For patterns compiled without start tracking, how to recover their starts.
    let recoveries: [StartRecovery?]
    /// Per classifier, the regex that cuts the value out of a match.
    let extractors: [ByteRegex?]
    /// Per classifier, the allow list, validator and context checks.
    let confirmers: [MatchConfirmer]
    /// The shared pass over digit runs.
    let digitScanner: DigitScanner
    /// The digit-shaped classifiers.
    let digitRules: [DigitRule]
    /// The id of each classifier, copied into every match.
    let ruleIDs: [String]

    // MARK: Initialization

    /// Compiles `classifiers`.
    /// - Throws: ``ScanError`` with `.invalidRule` naming the first classifier that cannot compile.
    init(_ classifiers: [Classifier]) throws {
        var patterns: [VectorscanPattern] = []
        var owners: [Int] = []
        var digitRules: [DigitRule] = []
        for (index, classifier) in classifiers.enumerated() {
            switch classifier.matcher {
            case .pattern(let expression, let caseInsensitive, _):
                patterns.append(
                    VectorscanPattern(expression: expression, caseInsensitive: caseInsensitive, owner: classifier.id)
                )
                owners.append(index)
            case .dictionary(let words, let caseInsensitive):
                guard let expression = DictionaryExpression.expression(for: words) else { continue }
                patterns.append(
                    VectorscanPattern(expression: expression, caseInsensitive: caseInsensitive, owner: classifier.id)
                )
                owners.append(index)
            case .digits(let shape):
                digitRules.append(DigitRule(classifierIndex: index, shape: shape))
            case .columnNameOnly:
                continue
            }
        }
        let database = patterns.isEmpty ? nil : try VectorscanDatabase(patterns: patterns)
        self.database = database
        self.patternOwners = owners
        self.recoveries = try patterns.indices.map { index in
            guard let database, !database.exactStarts[index] else { return nil }
            return try StartRecovery(pattern: patterns[index], maxWidth: database.maxWidths[index])
        }
        self.extractors = try classifiers.map(Self.extractor)
        self.confirmers = classifiers.map(MatchConfirmer.init)
        self.digitRules = digitRules
        self.ruleIDs = classifiers.map(\.id)
        self.digitScanner = DigitScanner(shapes: classifiers.compactMap(\.digitShape))
    }

    private static func extractor(for classifier: Classifier) throws -> ByteRegex? {
        guard case .pattern(_, let caseInsensitive, let extract?) = classifier.matcher else { return nil }
        return try ByteRegex(extract, caseInsensitive: caseInsensitive, owner: classifier.id)
    }
}

extension Classifier {
    fileprivate var digitShape: DigitShape? {
        if case .digits(let shape) = matcher { return shape }
        return nil
    }
}
