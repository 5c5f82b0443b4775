/// Realistic lines of code, logs, configuration and CSV, with a sensitive value now and
/// then.
///
/// About one line in forty carries a secret or PII value, roughly the density seen in
/// leaky repositories, so the rules' confirmation paths run as often as they would there.
struct CorpusLines {
    /// How often a line carries a sensitive value.
    static let sensitiveDensity = 0.025

    var fake: FakeValues

    /// One line of the given kind of file (without the newline).
    mutating func line(for kind: CorpusFileKind, number: Int) -> String {
        let sensitive = fake.chance(Self.sensitiveDensity) ? sensitiveValue() : nil
        switch kind {
        case .code: return codeLine(number, sensitive)
        case .log: return logLine(number, sensitive)
        case .config: return configLine(number, sensitive)
        case .csv: return csvLine(number, sensitive)
        }
    }

    private mutating func sensitiveValue() -> String {
        switch fake.pick(Array(0..<12)) {
        case 0: return fake.creditCard()
        case 1: return fake.ssn()
        case 2: return fake.iban()
        case 3: return fake.email(name: fake.name())
        case 4: return fake.phone()
        case 5: return fake.awsAccessKey()
        case 6: return "aws_secret_access_key = " + fake.awsSecret()
        case 7: return fake.githubToken()
        case 8: return fake.slackToken()
        case 9: return "password=" + fake.password()
        case 10: return fake.jwt()
        default: return fake.privateKey()
        }
    }

    private mutating func codeLine(_ number: Int, _ sensitive: String?) -> String {
        if let sensitive { return "    let token\(number) = \"\(sensitive)\"" }
        let identifier = fake.pick(["request", "buffer", "index", "result", "session", "handler", "config"])
        return fake.pick([
            "    func process\(number)(_ \(identifier): Int) -> Int { \(identifier) * \(number % 97) }",
            "    // Keeps the \(identifier) alive until the caller has finished with it.",
            "    guard let \(identifier) = cache[\(number)] else { return nil }",
            "    for item in \(identifier).items where item.isEnabled { total += item.count }",
            "}",
        ])
    }

    private mutating func logLine(_ number: Int, _ sensitive: String?) -> String {
        let time = "2026-03-\(10 + number % 18)T\(10 + number % 13):\(10 + number % 49):\(10 + number % 47)Z"
        if let sensitive { return "\(time) WARN request body contained \(sensitive)" }
        let level = fake.pick(["INFO", "INFO", "INFO", "DEBUG", "WARN"])
        let path = fake.pick(["/api/v1/orders", "/health", "/api/v1/users/\(number)", "/static/app.js"])
        return "\(time) \(level) GET \(path) status=200 duration_ms=\(fake.digits(3)) worker=\(number % 8)"
    }

    private mutating func configLine(_ number: Int, _ sensitive: String?) -> String {
        if let sensitive { return "secret_\(number): \(sensitive)" }
        let key = fake.pick(["timeout", "retries", "pool_size", "region", "feature_flag", "log_level"])
        let value = fake.pick(["30", "3", "16", "eu-west-1", "true", "info"])
        return "\(key)_\(number % 50): \(value)"
    }

    private mutating func csvLine(_ number: Int, _ sensitive: String?) -> String {
        let name = fake.name()
        let note = sensitive ?? fake.pick(["renewed", "pending", "closed", "new customer"])
        return "\(number),\(name),\(fake.pick(["Berlin", "Lyon", "Austin", "Osaka"])),\(fake.digits(5)),\(note)"
    }
}
