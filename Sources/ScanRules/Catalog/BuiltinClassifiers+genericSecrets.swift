import ScanCore

extension BuiltinClassifiers {
    /// Secrets recognised by structure or by the name they are assigned to.
    static let genericSecrets: [Classifier] = [
        secret(
            "secret.private_key",
            "Private key (PEM)",
            #"-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----(?:[^-]|-[^-])+-----END (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----"#,
            severity: .critical,
            validator: .pemBlock,
            columns: ["*private_key*"],
            confidence: 0.95,
            summary: "A PEM or PGP armoured private key block (RSA, EC, DSA, OpenSSH, PKCS#8, PGP)."
        ),
        secret(
            "secret.age_secret_key",
            "age secret key",
            #"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}"#,
            severity: .critical,
            validator: nil,
            summary: "An age encryption secret key."
        ),
        secret(
            "secret.jwt",
            "JSON Web Token",
            #"\beyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*"#,
            validator: .jwt,
            columns: ["*jwt*", "*id_token*", "*access_token*"],
            confidence: 0.85,
            summary: "A JWT whose header decodes to JSON with an alg member."
        ),
        secret(
            "secret.basic_auth_header",
            "HTTP Basic credentials",
            #"(?i)authorization["']?[ \t]*[:=][ \t]*["']?basic[ \t]+[A-Za-z0-9+/]{6,}={0,2}"#,
            extract: "(?i)basic[ \t]+([A-Za-z0-9+/]+={0,2})",
            validator: .basicAuthCredentials,
            summary: "An Authorization: Basic header whose value decodes to user:password."
        ),
        secret(
            "secret.bearer_token",
            "Bearer token",
            #"(?i)authorization["']?[ \t]*[:=][ \t]*["']?bearer[ \t]+[A-Za-z0-9._~+/-]{16,}=*"#,
            extract: "(?i)bearer[ \t]+([A-Za-z0-9._~+/-]+=*)",
            confidence: 0.8,
            summary: "An Authorization: Bearer header with a random-looking token."
        ),
        secret(
            "secret.generic_password_assignment",
            "Password assignment",
            #"(?:password|passwd|pwd|\bpass\b)[A-Za-z0-9_-]*["']?[ \t]*(?::=|=>|=|:)[ \t]*["']?[^\s"'<>;,]{6,}"#,
            caseInsensitive: true,
            extract: #"(?::=|=>|=|:)[ \t]*["']?([^\s"'<>;,]{6,})"#,
            validator: .secretValue(minLength: 8, minEntropy: 2.5),
            columns: ["password", "*_password", "passwd", "pwd", "*_pwd", "*plaintext_password*"],
            confidence: 0.7,
            summary: "A literal assigned to a password-like name; placeholders, variables and short values excluded."
        ),
        secret(
            "secret.generic_api_key",
            "Secret assignment",
            #"(?:api[_-]?key|apikey|api[_-]?secret|secret[_-]?key|client[_-]?secret|access[_-]?token|auth[_-]?token|secret|token)[A-Za-z0-9_-]*["']?[ \t]*(?::=|=>|=|:)[ \t]*["']?[A-Za-z0-9_+/=.~-]{16,}"#,
            caseInsensitive: true,
            extract: #"(?::=|=>|=|:)[ \t]*["']?([A-Za-z0-9_+/=.~-]{16,})"#,
            validator: .secretValue(minLength: 16, minEntropy: 3.5),
            columns: ["*api_key*", "*apikey*", "*secret_key*", "*client_secret*", "*auth_token*"],
            confidence: 0.7,
            summary: "A high-entropy literal assigned to an api_key/secret/token-like name."
        ),
    ]
}
