/// The family of sensitive data a rule detects.
public enum RuleCategory: String, Sendable, Codable, CaseIterable {
    /// Personal data: names, emails, phone numbers, national ids.
    case pii
    /// Payment cards, bank accounts, tax ids.
    case financial
    /// Health and medical identifiers.
    case health
    /// Secrets: keys, tokens, passwords, private keys.
    case credential
    /// Network identifiers: IP and MAC addresses, hostnames with credentials.
    case network
    /// Weaknesses in code, configuration and dependencies, reported by other scanners
    /// (SAST, IaC, SCA) through ingest.
    case code
}
