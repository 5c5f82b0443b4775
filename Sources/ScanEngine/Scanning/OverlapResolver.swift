import ScanCore
import ScanRules

/// Keeps one report per secret when several credential rules match the same bytes.
///
/// A generic rule (a high-entropy `token = …` assignment) also matches values that a
/// specific rule (a GitHub token) already names. Among credential matches whose value
/// spans overlap, only those of the classifier with the highest base confidence are kept,
/// the specific rule being the more confident one.
///
/// Separately, a match lying entirely inside a match of a more severe rule is dropped: the
/// "email" in `postgres://user:password@host` is the credential's tail, and reporting it
/// would only repeat the finding, with a preview cut from the password.
enum OverlapResolver {
    static func resolve(_ matches: [RuleMatch], classifiers: [Classifier]) -> [RuleMatch] {
        dropContained(resolveCredentials(matches, classifiers: classifiers), classifiers: classifiers)
    }

    private static func resolveCredentials(_ matches: [RuleMatch], classifiers: [Classifier]) -> [RuleMatch] {
        var kept: [RuleMatch] = []
        var cluster: [RuleMatch] = []
        var clusterEnd = Int.min
        for match in matches.sorted(by: { $0.valueStart < $1.valueStart }) {
            guard classifiers[match.classifierIndex].category == .credential else {
                kept.append(match)
                continue
            }
            if match.valueStart >= clusterEnd {
                kept += strongest(cluster, classifiers)
                cluster = []
            }
            cluster.append(match)
            clusterEnd = max(cluster.count == 1 ? match.valueEnd : clusterEnd, match.valueEnd)
        }
        kept += strongest(cluster, classifiers)
        return kept.sorted { ($0.valueStart, $0.classifierIndex) < ($1.valueStart, $1.classifierIndex) }
    }

    private static func strongest(_ cluster: [RuleMatch], _ classifiers: [Classifier]) -> [RuleMatch] {
        guard cluster.count > 1 else { return cluster }
        let best = cluster.map { classifiers[$0.classifierIndex].baseConfidence }.max() ?? 0
        return cluster.filter { classifiers[$0.classifierIndex].baseConfidence == best }
    }

    /// One sweep in start order, keeping only the matches still open at each start, so the
    /// cost stays linear when matches do not nest (the usual case).
    private static func dropContained(_ matches: [RuleMatch], classifiers: [Classifier]) -> [RuleMatch] {
        guard matches.count > 1 else { return matches }
        let ordered = matches.sorted { ($0.valueStart, -$0.valueEnd) < ($1.valueStart, -$1.valueEnd) }
        var open: [RuleMatch] = []
        var kept: [RuleMatch] = []
        for match in ordered {
            open.removeAll { $0.valueEnd <= match.valueStart }
            let severity = classifiers[match.classifierIndex].severity
            let contained = open.contains {
                match.valueEnd <= $0.valueEnd && classifiers[$0.classifierIndex].severity > severity
            }
            if !contained { kept.append(match) }
            open.append(match)
        }
        return kept.sorted { ($0.valueStart, $0.classifierIndex) < ($1.valueStart, $1.classifierIndex) }
    }
}
