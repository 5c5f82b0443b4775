extension ClassifierSamples {
    static let financial: [ClassifierSamples] = [
        .init(
            "financial.credit_card",
            matches: [
                "4111 1111 1111 1111", "5555-5555-5555-4444", "378282246310005", "6011111111111117",
                "3530111333300000", "30569309025904", "2223003122003222",
            ],
            misses: ["4111 1111 1111 1112", "1234 5678 9012 3452", "4111 1111 1111 111"]
        ),
        .init("financial.card_security_code", matches: ["cvv", "card_cvv2", "cvc"], misses: ["cvs_store", "code"]),
        .init(
            "financial.iban",
            matches: [
                "IBAN: GB82 WEST 1234 5698 7654 32", "DE89370400440532013000", "FR1420041010050500013M02606",
                "NL91ABNA0417164300", "CH9300762011623852957",
            ],
            misses: ["GB82 WEST 1234 5698 7654 33", "DE8937040044053201300", "US12345678901234567890"]
        ),
        .init(
            "financial.swift_bic",
            matches: ["SWIFT: DEUTDEFF", "BIC code DEUTDEFF500"],
            misses: ["SWIFT: DEUTQQFF", "DEUTDEFF"]
        ),
        .init(
            "financial.aba_routing",
            matches: ["Routing number: 021000021"],
            misses: ["Routing number: 021000022", "021000021"]
        ),
        .init(
            "financial.us_bank_account",
            matches: ["Account number: 12345678901"],
            misses: ["Account number: 1234567", "Account number: 0000000000", "order 12345678901"]
        ),
        .init(
            "financial.us_ein",
            matches: ["EIN: 12-3456789", "Federal tax id 12-3456789"],
            misses: ["EIN: 07-3456789", "ref 12-3456789"]
        ),
        .init("financial.isin", matches: ["ISIN US0378331005", "GB0002634946"], misses: ["US0378331006"]),
        .init(
            "financial.bitcoin_address",
            matches: [
                "btc: bc1q5feryxhrdz9m6y09mr8wrerwzgj6f8ntlqlhlc",
                "bc1pxvhxyrdlm5aahn0t09nl4ujy8624fl6zy54klay937yrnujckpak96qjhc",
            ],
            misses: ["bc1q5feryxhrdz9m6y09mr8wrerwzgj6f8ntlqlhlq"]
        ),
        .init(
            "financial.ethereum_address",
            matches: ["ETH wallet: 0x" + Fake.hex(40)],
            misses: ["0x" + Fake.hex(40), "wallet 0x" + String(repeating: "0", count: 40)]
        ),
    ]

    static let health: [ClassifierSamples] = [
        .init("health.us_npi", matches: ["NPI: 1234567893"], misses: ["NPI: 1234567894", "1234567893"]),
        .init("health.dea_number", matches: ["DEA: AB1234563", "BJ6125341"], misses: ["AB1234564", "IB1234563"]),
        .init(
            "health.medicare_mbi",
            matches: ["MBI: 1EG4-TE5-MK73", "1EG4TE5MK73"],
            misses: ["1EG4-TE5-MK7", "0EG4TE5MK73", "1SG4TE5MK73"]
        ),
        .init(
            "health.us_hicn",
            matches: ["Medicare claim number 123-45-6789A"],
            misses: ["123-45-6789A", "Medicare claim number pending"]
        ),
        .init(
            "health.uk_nhs_number",
            matches: ["NHS number: 943 476 5919", "NHS 4010232137"],
            misses: ["NHS number: 943 476 5918", "943 476 5919"]
        ),
        .init(
            "health.icd10_code",
            matches: ["Diagnosis: E11.9", "ICD-10 code J45.909"],
            misses: ["E11.9", "Diagnosis: 123.4"]
        ),
        .init(
            "health.health_plan_id",
            matches: ["Member ID: XYZ123456789"],
            misses: ["Member ID: pending", "XYZ123456789"]
        ),
        .init(
            "health.medical_condition",
            matches: ["diagnosis", "current_medication", "known_allergies"],
            misses: ["diag_id", "notes"]
        ),
    ]

    static let network: [ClassifierSamples] = [
        .init(
            "network.ipv4",
            matches: ["server at 192.168.1.10", "10.0.0.1"],
            misses: ["999.1.1.1", "0.0.0.0", "192.168.01.1", "1.2.3"]
        ),
        .init(
            "network.ipv6",
            matches: ["2001:0db8:85a3:0000:0000:8a2e:0370:7334", "fe80::1ff:fe23:4567:890a", "host 2001:db8::1"],
            misses: ["12:30:45", "00:1a:2b:3c:4d:5e", "1:2:3:4"]
        ),
        .init(
            "network.mac_address",
            matches: ["mac 00:1A:2B:3C:4D:5E", "00-1a-2b-3c-4d-5e"],
            misses: ["00:1A:2B:3C:4D", "00:00:00:00:00:00", "00:1A-2B:3C:4D:5E"]
        ),
        .init(
            "network.url_credentials",
            matches: ["DATABASE_URL=postgres://admin:" + Fake.alnum(12) + "@db.internal:5432/app"],
            misses: [
                "postgres://admin:${DB_PASS}@db.internal", "https://user@example.com/a", "https://example.com/a:b@c",
            ]
        ),
    ]
}
