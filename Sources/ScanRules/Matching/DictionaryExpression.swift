/// Builds the Vectorscan expression for a `Matcher.dictionary` word list.
enum DictionaryExpression {
    /// One alternation of the words as escaped literals, or `nil` for an empty list.
    ///
    /// Every byte other than an ASCII letter or digit is written as `\xHH`, so no word can
    /// inject regex syntax. `\b` is only put on an edge that is a word character: on a
    /// punctuation edge (`+1`, `c++`) it would demand a letter next to the word instead.
    static func expression(for words: [String]) -> String? {
        let alternatives = words.filter { !$0.isEmpty }.map(literal)
        guard !alternatives.isEmpty else { return nil }
        return "(?:" + alternatives.joined(separator: "|") + ")"
    }

    private static func literal(_ word: String) -> String {
        let bytes = Array(word.utf8)
        var text = isWordByte(bytes.first!) ? "\\b" : ""
        for byte in bytes {
            if isAlphanumeric(byte) {
                text.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                text += "\\x" + (byte < 16 ? "0" : "") + String(byte, radix: 16)
            }
        }
        return text + (isWordByte(bytes.last!) ? "\\b" : "")
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        DigitScanner.isDigit(byte) || DigitScanner.isLetter(byte)
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == UInt8(ascii: "_")
    }
}
