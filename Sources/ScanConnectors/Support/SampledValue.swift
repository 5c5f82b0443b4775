/// Turns database values into the bounded text a ``ScanCore/ColumnSample`` holds.
///
/// Both database connectors share these rules so a value scans the same wherever it
/// lives: text is capped at ``maximumBytes``; binary values (SQLite BLOBs, PostgreSQL
/// `bytea`) are kept only when they are text by ``ContentSniffer``'s rules and become
/// `nil` otherwise, because hex or escaped renderings would feed the rules noise.
enum SampledValue {
    /// The largest value kept, in UTF-8 bytes; longer values are cut.
    static let maximumBytes = 4 * 1024

    /// A text value cut to at most ``maximumBytes`` on a character boundary.
    static func text(_ value: String) -> String {
        guard value.utf8.count > maximumBytes else { return value }
        let utf8 = Array(value.utf8.prefix(maximumBytes + 1))
        var end = maximumBytes
        // Back off continuation bytes (10xxxxxx) so no scalar is split.
        while end > 0, utf8[end] & 0xC0 == 0x80 { end -= 1 }
        return String(decoding: utf8[..<end], as: UTF8.self)
    }

    /// A binary value as text when it looks like text, else `nil`.
    static func binary(_ bytes: some Collection<UInt8>) -> String? {
        let head = Array(bytes.prefix(maximumBytes))
        guard !ContentSniffer.isBinary(head.prefix(ContentSniffer.sampleSize)) else { return nil }
        return text(String(decoding: head, as: UTF8.self))
    }
}
