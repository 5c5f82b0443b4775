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
    public static func mask(_ text: String) -> String {
        var output = ""
        var token = ""
        var quote: Character?
        var literal = ""
        func flushToken() {
            output += looksSecret(token) ? Redactor.preview(token.utf8) : token
            token = ""
        }
        for character in text {
            if let open = quote {
                if character == open {
                    output += literal.isEmpty ? "" : Redactor.preview(literal.utf8)
                    output.append(character)
                    literal = ""
                    quote = nil
                } else {
                    literal.append(character)
                }
            } else if character == "\"" || character == "'" || character == "`" {
                flushToken()
                output.append(character)
                quote = character
            } else if isTokenCharacter(character) {
                token.append(character)
            } else {
                flushToken()
                output.append(character)
            }
        }
        flushToken()
        // An unterminated literal (a snippet cut mid-string) is masked all the same.
        if quote != nil, !literal.isEmpty { output += Redactor.preview(literal.utf8) }
        return output
    }

    private static func isTokenCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "+/=_-.".contains(character))
    }

    /// Sixteen characters or more with both letters and digits: an API key, a token or a
    /// hash, not an identifier a person wrote.
    private static func looksSecret(_ token: String) -> Bool {
        token.count >= 16 && token.contains(where: \.isLetter) && token.contains(where: \.isNumber)
    }
}
