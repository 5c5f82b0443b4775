import ScanCore

/// Turning a rule set into the classifier list an engine compiles.
extension RuleSet {
    /// The selected built-in classifiers, then the custom rules, then the deny rule, each with
    /// the rule set's ``allow`` values added to its allow list.
    /// - Throws: ``ScanError`` with `.invalidRule` when two rules share an id.
    public func classifiers() throws -> [Classifier] {
        var selected = BuiltinClassifiers.all.filter(selection.selects)
        selected += customRules.map(\.classifier).filter { classifier in
            !selection.exclude.contains { ClassifierSelection.pattern($0, matches: classifier) }
        }
        if let denyClassifier { selected.append(denyClassifier) }
        var seen = Set<String>()
        for classifier in selected where !seen.insert(classifier.id).inserted {
            throw ScanError(.invalidRule, "rule '\(classifier.id)' is defined twice")
        }
        guard !allow.isEmpty else { return selected }
        return selected.map { classifier in
            var copy = classifier
            copy.allowList.formUnion(allow)
            return copy
        }
    }

    /// The rule that reports ``deny`` values, when there are any.
    var denyClassifier: Classifier? {
        guard !deny.isEmpty else { return nil }
        return Classifier(
            id: Self.denyRuleID,
            name: "Denied value",
            category: .credential,
            severity: .high,
            matcher: .dictionary(deny, caseInsensitive: false),
            baseConfidence: 1,
            summary: "A value the rule set lists as always sensitive."
        )
    }
}
