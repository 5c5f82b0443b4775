extension ClassifierSamples {
    static let pii: [ClassifierSamples] = [
        .init("pii.email", matches: ["Contact: jane.doe@example.com"], misses: ["jane.doe@localhost", "a@b.c"]),
        .init(
            "pii.phone_e164",
            matches: ["Call +44 20 7946 0958", "whatsapp: +14155552671"],
            misses: ["+0 123 456 7890", "+1 555"]
        ),
        .init(
            "pii.phone_nanp",
            matches: ["phone: 415-555-2671", "cell 212.867.5309"],
            misses: ["415-555-0123", "123-456-7890", "415-911-2671"]
        ),
        .init(
            "pii.date_of_birth",
            matches: ["Date of birth: 1984-07-23", "DOB 23/07/1984"],
            misses: ["Date of birth: 1984-02-30", "Invoice date 1984-07-23"]
        ),
        .init(
            "pii.us_ssn",
            matches: ["SSN: 536-90-4399", "ssn 536 90 4399"],
            misses: ["666-12-3456", "536-00-4399", "078-05-1120", "123-45-6789", "536-90-0000", "536904399"]
        ),
        .init("pii.us_itin", matches: ["ITIN 912-70-1234"], misses: ["912-69-1234", "812-70-1234"]),
        .init(
            "pii.passport_number",
            matches: ["Passport number: X12345678", "passport no. 123456789"],
            misses: ["Order number: X12345678", "passport: 111111111"]
        ),
        .init(
            "pii.drivers_license",
            matches: ["Driver's license: D1234567"],
            misses: ["Invoice D1234567", "driver's license: on file"]
        ),
        .init("pii.vin", matches: ["VIN: 1M8GDM9AXKP042788"], misses: ["5YJ3E1EA7KF317000", "1M8GDM9AXKP04278"]),
        .init(
            "pii.imei",
            matches: ["IMEI: 490154203237518", "IMEI 49-015420-323751-8"],
            misses: ["IMEI: 490154203237519", "serial 490154203237518"]
        ),
        .init(
            "pii.person_name",
            matches: ["first_name", "customer_last_name", "FullName"],
            misses: ["filename", "username"]
        ),
        .init(
            "pii.postal_address",
            matches: ["street_address", "billing_address", "zip_code"],
            misses: ["email_address", "ip_address"]
        ),
        .init("pii.gender", matches: ["gender", "sex", "user_gender"], misses: ["sextant", "agenda"]),
        .init("pii.ethnicity", matches: ["ethnicity", "race"], misses: ["trace_id", "grace_period"]),
    ]

    static let nationalIDs: [ClassifierSamples] = [
        .init(
            "pii.uk_nino",
            matches: ["NI number: AB 12 34 56 C", "AB123456C"],
            misses: ["QQ123456C", "BG123456C", "AB123456E"]
        ),
        .init(
            "pii.nl_bsn",
            matches: ["BSN: 111222333", "burgerservicenummer 123456782"],
            misses: ["BSN: 111222334", "order 111222333"]
        ),
        .init("pii.es_dni", matches: ["DNI 12345678Z", "12345678-Z"], misses: ["12345678A"]),
        .init("pii.es_nie", matches: ["NIE: X1234567L"], misses: ["X1234567A"]),
        .init(
            "pii.it_codice_fiscale",
            matches: ["Codice fiscale: RSSMRA85T10A562S", "MRTMTT91D08F205J"],
            misses: ["RSSMRA85T10A562T"]
        ),
        .init(
            "pii.fr_insee",
            matches: ["NIR: 1 85 05 78 006 084 91", "185057800608491"],
            misses: ["1 85 05 78 006 084 92"]
        ),
        .init(
            "pii.de_steuer_id",
            matches: ["Steuer-ID: 65929970489", "Steueridentifikationsnummer 86 095 742 719"],
            misses: ["Steuer-ID: 65929970488", "Steuer-ID: 12345678901", "order 65929970489"]
        ),
        .init(
            "pii.ca_sin",
            matches: ["SIN: 130 692 544", "Social insurance number 193-456-787"],
            misses: ["SIN: 130 692 545", "SIN: 046 454 286", "ref 130 692 544"]
        ),
        .init(
            "pii.in_aadhaar",
            matches: ["Aadhaar: 2341 2341 2346", "234123412346"],
            misses: ["2341 2341 2347", "1341 2341 2346"]
        ),
        .init(
            "pii.br_cpf",
            matches: ["CPF: 529.982.247-25", "52998224725"],
            misses: ["529.982.247-26", "111.111.111-11"]
        ),
        .init("pii.br_cnpj", matches: ["CNPJ 11.222.333/0001-81"], misses: ["11.222.333/0001-82"]),
        .init(
            "pii.au_tfn",
            matches: ["TFN: 123 456 782", "Tax file number 876543210"],
            misses: ["TFN: 123 456 789", "id 123456782"]
        ),
        .init("pii.au_abn", matches: ["ABN 51 824 753 556", "53004085616"], misses: ["51 824 753 557"]),
    ]
}
