import ScanCore

extension BuiltinClassifiers {
    /// Payment cards, bank accounts, securities and crypto addresses.
    public static let financial: [Classifier] = [
        Classifier(
            id: "financial.credit_card",
            name: "Payment card number",
            category: .financial,
            severity: .critical,
            matcher: .digits(DigitShape(digits: 13...19, separators: " -")),
            validator: .paymentCard,
            contextKeywords: ["card", "credit", "visa", "mastercard", "amex", "pan"],
            columnNames: [
                "*card_number*", "*cardnumber*", "*credit_card*", "*creditcard*", "cc_number", "*card_num*", "pan",
            ],
            baseConfidence: 0.85,
            summary: "A Visa, Mastercard, Amex, Discover, JCB or Diners number with a valid length and Luhn check."
        ),
        Classifier(
            id: "financial.card_security_code",
            name: "Card security code column",
            category: .financial,
            severity: .critical,
            matcher: .columnNameOnly,
            columnNames: ["*cvv*", "cvc", "*_cvc", "*card_security_code*", "*card_verification*"],
            baseConfidence: 0.8,
            summary: "A database column whose name says it holds card verification codes."
        ),
        Classifier(
            id: "financial.iban",
            name: "IBAN",
            category: .financial,
            severity: .high,
            matcher: .pattern(#"\b[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b"#),
            validator: .iban,
            contextKeywords: ["iban", "account", "bank"],
            columnNames: ["*iban*"],
            baseConfidence: 0.9,
            summary: "An international bank account number with a known country length and mod-97 check."
        ),
        Classifier(
            id: "financial.swift_bic",
            name: "SWIFT/BIC code",
            category: .financial,
            severity: .low,
            matcher: .pattern(#"\b[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?\b"#),
            validator: .swiftBIC,
            contextKeywords: ["swift", "bic"],
            contextDistance: 32,
            requiresContext: true,
            columnNames: ["bic", "*_bic", "*swift_code*", "*swift_bic*"],
            baseConfidence: 0.6,
            summary: "A bank identifier code with a real country; only next to SWIFT/BIC wording."
        ),
        Classifier(
            id: "financial.aba_routing",
            name: "US bank routing number",
            category: .financial,
            severity: .medium,
            matcher: .digits(DigitShape(digits: 9...9)),
            validator: .abaRouting,
            contextKeywords: ["routing", "aba", "rtn", "transit"],
            contextDistance: 40,
            requiresContext: true,
            columnNames: ["*routing*", "aba", "*aba_number*"],
            baseConfidence: 0.7,
            summary: "A 9-digit ABA routing number (3-7-1 checksum) next to routing wording."
        ),
        Classifier(
            id: "financial.us_bank_account",
            name: "US bank account number",
            category: .financial,
            severity: .high,
            matcher: .digits(DigitShape(digits: 8...17)),
            validator: .bankAccountNumber,
            contextKeywords: ["account number", "account no", "acct", "bank account", "checking", "savings"],
            contextDistance: 32,
            requiresContext: true,
            columnNames: ["*account_number*", "*acct_num*", "*bank_account*", "*account_no*"],
            baseConfidence: 0.6,
            summary: "An 8–17 digit account number next to bank-account wording."
        ),
        Classifier(
            id: "financial.us_ein",
            name: "US Employer Identification Number",
            category: .financial,
            severity: .low,
            matcher: .digits(DigitShape(digits: 9...9, groups: [2, 7], separators: "-")),
            validator: .usEIN,
            contextKeywords: [
                "ein:", "ein#", "ein number", "employer identification", "fein", "federal tax id", "tax id",
            ],
            requiresContext: true,
            columnNames: ["ein", "*_ein", "fein"],
            baseConfidence: 0.7,
            summary: "A US EIN (12-3456789) with an IRS-assigned prefix, next to EIN wording."
        ),
        Classifier(
            id: "financial.isin",
            name: "ISIN",
            category: .financial,
            severity: .low,
            matcher: .pattern(#"\b[A-Z]{2}[A-Z0-9]{9}[0-9]\b"#),
            validator: .isin,
            contextKeywords: ["isin", "security", "securities"],
            columnNames: ["isin", "*_isin"],
            baseConfidence: 0.7,
            summary: "An International Securities Identification Number with a valid check digit."
        ),
        Classifier(
            id: "financial.bitcoin_address",
            name: "Bitcoin address (bech32)",
            category: .financial,
            severity: .medium,
            matcher: .pattern(#"\b(?:bc1|tb1)[ac-hj-np-z02-9]{11,71}\b|\b(?:BC1|TB1)[AC-HJ-NP-Z02-9]{11,71}\b"#),
            validator: .bech32Address,
            contextKeywords: ["bitcoin", "btc", "wallet"],
            columnNames: ["*btc_address*", "*bitcoin*", "*wallet_address*"],
            baseConfidence: 0.85,
            summary: "A SegWit bitcoin address with a valid bech32/bech32m checksum."
        ),
        Classifier(
            id: "financial.ethereum_address",
            name: "Ethereum address",
            category: .financial,
            severity: .low,
            matcher: .pattern(#"\b0x[0-9a-fA-F]{40}\b"#),
            validator: .minEntropy(3.0),
            contextKeywords: ["eth", "ethereum", "wallet", "erc20", "metamask"],
            requiresContext: true,
            columnNames: ["*eth_address*", "*wallet_address*"],
            baseConfidence: 0.6,
            summary: "A 0x-prefixed Ethereum address next to Ethereum or wallet wording."
        ),
    ]
}
