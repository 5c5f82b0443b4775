internal import Foundation
internal import ScanCore

/// A Foundation regular expression that runs over a small window of raw bytes.
///
/// The window is decoded as ISO Latin-1 so that one byte is one UTF-16 unit: offsets map
/// back to the buffer unchanged, whatever the bytes are. It is only ever run on candidate
/// windows that Vectorscan or the byte scanner already found, never on a whole buffer.
struct ByteRegex: @unchecked Sendable {
    // `NSRegularExpression` is immutable and documented as safe to share between threads.
    private let regex: NSRegularExpression
    /// Bytes of surrounding text decoded on each side, so `\b` and lookaround see past the window.
    private static let margin = 8

    /// Compiles `pattern` with the same semantics as the Vectorscan flags (multi-line anchors).
    /// - Throws: ``ScanError`` with `.invalidRule` naming `owner`.
    init(_ pattern: String, caseInsensitive: Bool, owner: String) throws {
        var options: NSRegularExpression.Options = [.anchorsMatchLines]
        if caseInsensitive { options.insert(.caseInsensitive) }
        do {
            regex = try NSRegularExpression(pattern: pattern, options: options)
        } catch {
            throw ScanError(.invalidRule, "rule '\(owner)' has an invalid pattern", detail: "\(error)")
        }
    }

    /// Every non-overlapping match inside `window`, as offsets into `data`.
    func matches(in data: UnsafeRawBufferPointer, window: Range<Int>) -> [Range<Int>] {
        search(data, window) { text, range in
            regex.matches(in: text, options: Self.options, range: range).map(\.range)
        }
    }

    /// The range of capture group `group` in the first match inside `window`.
    func firstCapture(_ group: Int, in data: UnsafeRawBufferPointer, window: Range<Int>) -> Range<Int>? {
        search(data, window) { text, range in
            guard let match = regex.firstMatch(in: text, options: Self.options, range: range),
                group < match.numberOfRanges
            else { return [] }
            return [match.range(at: group)]
        }.first
    }

    // Transparent bounds let `\b` see the margin; no anchoring bounds keep `^`/`$` honest.
    private static let options: NSRegularExpression.MatchingOptions = [.withTransparentBounds, .withoutAnchoringBounds]

    private func search(
        _ data: UnsafeRawBufferPointer,
        _ window: Range<Int>,
        _ body: (String, NSRange) -> [NSRange]
    ) -> [Range<Int>] {
        let lower = max(0, window.lowerBound - Self.margin)
        let upper = min(data.count, window.upperBound + Self.margin)
        let text = Self.latin1String(data, lower..<upper)
        let range = NSRange(location: window.lowerBound - lower, length: window.count)
        return body(text, range).compactMap { found in
            guard found.location != NSNotFound else { return nil }
            return (lower + found.location)..<(lower + found.location + found.length)
        }
    }

    /// Decodes bytes as ISO Latin-1 through a plain loop; the generic lazy-map route was
    /// several times slower in profiles.
    private static func latin1String(_ data: UnsafeRawBufferPointer, _ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: range.count * 2) { utf8 in
            var written = 0
            for offset in range {
                let byte = data[offset]
                if byte < 0x80 {
                    utf8[written] = byte
                    written += 1
                } else {
                    // U+0080...U+00FF take two UTF-8 bytes.
                    utf8[written] = 0xC0 | (byte >> 6)
                    utf8[written + 1] = 0x80 | (byte & 0x3F)
                    written += 2
                }
            }
            return written
        }
    }
}
