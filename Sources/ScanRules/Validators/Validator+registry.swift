/// Built-in validators by name, so custom rules in a rule set can reuse them (`validator: luhn`).
extension Validator {
    /// The built-in validator called `name` (as in ``Validator/name``), or `nil`.
    public static func builtin(named name: String) -> Validator? {
        registry[name]
    }

    /// The names ``builtin(named:)`` accepts, sorted.
    public static var builtinNames: [String] { registry.keys.sorted() }

    private static let registry: [String: Validator] = {
        let all: [Validator] = [
            .luhn, .paymentCard, .iban, .isin, .swiftBIC, .abaRouting, .bankAccountNumber, .usSSN, .usITIN, .usEIN,
            .nanpPhone, .e164Phone, .ukNINO, .dutchBSN, .spanishDNI, .italianFiscalCode, .frenchINSEE, .germanTaxID,
            .canadianSIN, .aadhaar, .brazilCPF, .brazilCNPJ, .australianTFN, .australianABN, .usNPI, .deaNumber,
            .nhsNumber, .vin, .imei, .ipv4, .ipv6, .macAddress, .email, .jwt, .pemBlock, .urlCredentials,
            .basicAuthCredentials, .discordToken, .bech32Address, .calendarDate, .documentNumber,
        ]
        return Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }()
}
