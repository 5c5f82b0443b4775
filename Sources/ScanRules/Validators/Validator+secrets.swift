/// Validators that look inside secret formats: JWT, PEM blocks, credentials in URLs and headers.
extension Validator {
    /// A JSON Web Token: three dot-separated base64url parts whose header decodes to a JSON
    /// object with an `"alg"` member and whose payload decodes to a JSON object.
    public static let jwt = Validator(name: "jwt") { candidate in
        let parts = candidate.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count == 3, let header = Base64.decode(parts[0]), let payload = Base64.decode(parts[1]) else {
            return false
        }
        return JSONShape.isObject(header[...]) && JSONShape.isObject(payload[...])
            && ASCII.containsFolded(header[...], "\"alg\"")
    }

    /// A PEM block: the `BEGIN` and `END` labels are equal and the body (after any
    /// `Name: value` headers) is base64, as in RSA, EC, OpenSSH and PGP private keys.
    public static let pemBlock = Validator(name: "pem_block") { candidate in
        PEMBlock(candidate)?.hasBase64Body ?? false
    }

    /// `scheme://user:password@host`: a non-empty user and host, and a password that is not
    /// a placeholder (`${DB_PASS}`, `<password>`, `****`).
    public static let urlCredentials = Validator(name: "url_credentials") { candidate in
        guard let scheme = firstRange(of: Array("://".utf8), in: candidate) else { return false }
        let authority = candidate[scheme.upperBound...]
        guard let at = authority.lastIndex(of: UInt8(ascii: "@")),
            let colon = authority[..<at].firstIndex(of: UInt8(ascii: ":"))
        else { return false }
        let password = authority[(colon + 1)..<at]
        guard colon > authority.startIndex, !password.isEmpty, at + 1 < authority.endIndex else { return false }
        return !Placeholder.isPlaceholder(password)
    }

    /// The value of an HTTP `Basic` authorization: base64 of printable `user:password`.
    public static let basicAuthCredentials = Validator(name: "basic_auth") { candidate in
        guard let decoded = Base64.decode(candidate), let colon = decoded.firstIndex(of: UInt8(ascii: ":")) else {
            return false
        }
        let printable = decoded.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        return printable && colon > 0 && colon < decoded.count - 1
            && !Placeholder.isPlaceholder(decoded[(colon + 1)...])
    }

    /// A Discord bot token: its first part is the base64 of the bot's numeric user id.
    public static let discordToken = Validator(name: "discord_token") { candidate in
        guard let dot = candidate.firstIndex(of: UInt8(ascii: ".")), let id = Base64.decode(candidate[..<dot]) else {
            return false
        }
        return (17...20).contains(id.count) && ASCII.allDigits(id[...])
    }

    /// The start of the first occurrence of `needle` in `haystack`.
    static func firstRange(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Range<Int>? {
        guard haystack.count >= needle.count else { return nil }
        for start in haystack.startIndex...(haystack.endIndex - needle.count)
        where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return start..<(start + needle.count)
        }
        return nil
    }
}

/// A cheap structural check for decoded JSON, enough to tell a token from noise.
enum JSONShape {
    /// Whether `bytes` (ignoring surrounding whitespace) start with `{` and end with `}`.
    static func isObject(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first(where: { !isSpace($0) }), let last = bytes.last(where: { !isSpace($0) }) else {
            return false
        }
        return first == UInt8(ascii: "{") && last == UInt8(ascii: "}")
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
