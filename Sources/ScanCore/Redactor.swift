/// Renders a matched value for people without revealing it.
///
/// Keeps at most a quarter of the characters, split between a short prefix (useful to
/// recognise a key's type, like `AKIA`) and a suffix (like a card's last four), and masks
/// the rest. Values of eight characters or fewer are masked entirely.
public enum Redactor {
    /// The redacted preview of `value`.
    public static func preview(_ value: some Sequence<UInt8>) -> String {
        let scalars = Array(String(decoding: Array(value), as: UTF8.self).unicodeScalars)
        let count = scalars.count
        guard count > 8 else { return String(repeating: "*", count: max(count, 1)) }
        let keep = min(count / 4, 8)
        let prefix = min(keep - keep / 2, 4)
        let suffix = min(keep / 2, 4)
        let masked = min(count - prefix - suffix, 24)
        var text = String(String.UnicodeScalarView(scalars[0..<prefix]))
        text += String(repeating: "*", count: masked)
        text += String(String.UnicodeScalarView(scalars[(count - suffix)...]))
        return sanitize(text)
    }

    /// Replaces control characters so a preview prints on one line.
    private static func sanitize(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7f ? "." : $0 }))
    }
}
