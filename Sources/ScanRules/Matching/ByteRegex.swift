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
        let text = String(decoding: data[lower..<upper].lazy.map { UInt16($0) }, as: UTF16.self)
        let range = NSRange(location: window.lowerBound - lower, length: window.count)
        return body(text, range).compactMap { found in
            guard found.location != NSNotFound else { return nil }
            return (lower + found.location)..<(lower + found.location + found.length)
        }
    }
}
