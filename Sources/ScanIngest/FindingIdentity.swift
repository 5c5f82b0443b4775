import Foundation
import ScanCore

/// The fingerprint of a reported finding, stable across ingests of the same scope.
///
/// The tool's own `fingerprints` win (they are meant to identify a result by themselves),
/// then its `partialFingerprints` together with the rule and the file. Without either the
/// identity is the rule, the file and the flagged code, so moving the code to another line
/// keeps the finding; when the same rule flags the same code twice in a file, the copies
/// are told apart by their order in the file.
enum FindingIdentity {
    /// What one result offers to identify it.
    struct Evidence {
        var tool: String
        var ruleID: String
        var path: String
        var fingerprints: [String: String]
        var partialFingerprints: [String: String]
        /// Keyed hash of the normalized snippet, or of the normalized message without one.
        var contentHash: String
        /// 0 for the first result with the same rule, file and content in the file.
        var occurrence: Int
        /// The asset an asset-bound report covers, or empty: a tool's own fingerprints
        /// leave the path out, so the asset keeps two assets' findings apart.
        var asset = ""
    }

    static func fingerprint(_ evidence: Evidence) -> (String, IngestedFinding.IdentitySource) {
        let rule = evidence.tool + "/" + evidence.ruleID
        if !evidence.fingerprints.isEmpty {
            let key = "fingerprints\n" + canonical(evidence.fingerprints)
            return (
                Fingerprint.make(ruleID: rule, assetPath: evidence.asset, locationKey: key, valueHash: ""),
                .toolFingerprints
            )
        }
        if !evidence.partialFingerprints.isEmpty {
            let key = "partial\n" + canonical(evidence.partialFingerprints)
            return (
                Fingerprint.make(ruleID: rule, assetPath: evidence.path, locationKey: key, valueHash: ""),
                .partialFingerprints
            )
        }
        return (
            Fingerprint.make(
                ruleID: rule,
                assetPath: evidence.path,
                locationKey: "content#\(evidence.occurrence)",
                valueHash: evidence.contentHash
            ),
            .content
        )
    }

    /// Code as identity sees it: each line trimmed, runs of blanks made one space, blank
    /// lines dropped, so re-indenting or re-wrapping whitespace keeps the finding.
    static func normalizedCode(_ snippet: String) -> String {
        snippet.split(whereSeparator: \.isNewline)
            .map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
    }

    /// A message as identity sees it: numbers (often line numbers or counts) replaced by
    /// `#` and blanks collapsed.
    static func normalizedMessage(_ message: String) -> String {
        var output = ""
        var inNumber = false
        for character in message {
            if character.isNumber {
                if !inNumber { output.append("#") }
                inNumber = true
            } else {
                inNumber = false
                output.append(character)
            }
        }
        return output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static func canonical(_ pairs: [String: String]) -> String {
        pairs.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "\n")
    }
}
