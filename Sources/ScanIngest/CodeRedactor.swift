import Foundation
import ScanCore

/// Masks what could be a secret in code or a tool's message while keeping the code
/// readable: the contents of string literals, and long tokens mixing letters and digits
/// (keys, tokens, hashes). The rest of the line stays, so a person sees what was flagged.
public enum CodeRedactor {
    /// The longest preview kept, in characters.
    static let maximumPreviewLength = 160

    /// The first non-blank line of `snippet`, trimmed, shortened and masked.
    static func preview(of snippet: String) -> String {
        let line =
            snippet.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty } ?? ""
        return mask(String(line.prefix(maximumPreviewLength)))
    }

    /// `text` with string literals and secret-like tokens masked by ``ScanCore/Redactor``.
    ///
    /// It walks UTF-8 bytes, not characters: quotes and token characters are all ASCII, so
    /// a multi-byte character is never split, and an ingest of 50,000 results spent a third
    /// of its reading time here when it asked Unicode properties of every character.
    public static func mask(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var token: [UInt8] = []
        var literal: [UInt8] = []
        var quote: UInt8?
        func flushToken() {
            if looksSecret(token) { output += Redactor.preview(token).utf8 } else { output += token }
            token.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            if let open = quote {
                if byte == open {
                    if !literal.isEmpty { output += Redactor.preview(literal).utf8 }
                    output.append(byte)
                    literal.removeAll(keepingCapacity: true)
                    quote = nil
                } else {
                    literal.append(byte)
                }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`") {
                flushToken()
                output.append(byte)
                quote = byte
            } else if isTokenByte(byte) {
                token.append(byte)
            } else {
                flushToken()
                output.append(byte)
            }
        }
        flushToken()
        // An unterminated literal (a snippet cut mid-string) is masked all the same.
        if quote != nil, !literal.isEmpty { output += Redactor.preview(literal).utf8 }
        return String(decoding: output, as: UTF8.self)
    }

    private static func isTokenByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || "+/=_-.".utf8.contains(byte)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// Sixteen characters or more with both letters and digits: an API key, a token or a
    /// hash, not an identifier a person wrote.
    private static func looksSecret(_ token: [UInt8]) -> Bool {
        token.count >= 16 && token.contains(where: isLetter) && token.contains(where: isDigit)
    }
}
