import Crypto

/// The identity of a finding across runs: SHA-256 over rule, asset, location and value.
///
/// The location part is chosen so that edits elsewhere in an object do not change it:
/// for files it is the ordinal of this value among equal matches of the rule in the file,
/// not the line number, so inserting lines above a secret keeps its finding.
public enum Fingerprint {
    /// Computes the fingerprint.
    /// - Parameters:
    ///   - ruleID: the rule that matched.
    ///   - assetPath: the asset inside its source.
    ///   - locationKey: a location identity that survives line shifts.
    ///   - valueHash: the keyed hash of the value (empty for column-level findings).
    public static func make(ruleID: String, assetPath: String, locationKey: String, valueHash: String) -> String {
        var hasher = SHA256()
        for field in [ruleID, assetPath, locationKey, valueHash] {
            let bytes = Array(field.utf8)
            var length = UInt32(bytes.count).bigEndian
            withUnsafeBytes(of: &length) { hasher.update(bufferPointer: $0) }
            hasher.update(data: bytes)
        }
        return Hex.encode(hasher.finalize())
    }
}
