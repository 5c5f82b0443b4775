/// The classifiers that ship with ScanLogic.
///
/// Ids are dotted and stable (`pii.email`, `financial.credit_card`, `secret.aws_access_key`):
/// rule sets select them with globs, and findings refer to them. Each entry says how
/// candidates are found (``Matcher``), how they are confirmed (``Validator``), which nearby
/// words raise confidence, and which column names give a column away.
///
/// ```swift
/// let engine = try RuleEngine(classifiers: BuiltinClassifiers.all)
/// ```
///
/// - Important: Patterns use open repeats (`{16,}`, `+`) rather than large bounded ones and
///   leave length limits to validators: a large bounded repeat makes Vectorscan give up
///   start-of-match tracking ("pattern too large"), and every match then needs a slow
///   second pass to find where it starts (measured: 2.4 MB of log text took 14 s instead of 0.9 s).
public enum BuiltinClassifiers {
    /// Every built-in classifier, grouped by category.
    public static let all: [Classifier] = pii + financial + health + network + secrets

    /// The classifier with `id`, if it is built in.
    public static func classifier(id: String) -> Classifier? {
        all.first { $0.id == id }
    }
}
