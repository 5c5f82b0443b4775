import ScanCore

extension BuiltinClassifiers {
    /// National identifiers of European countries.
    static let europeanIdentifiers: [Classifier] = [
        Classifier(
            id: "pii.uk_nino",
            name: "UK National Insurance number",
            category: .pii,
            severity: .high,
            matcher: .pattern(#"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]\b"#),
            validator: .ukNINO,
            contextKeywords: ["nino", "national insurance", "ni number", "ni no"],
            columnNames: ["*nino*", "*national_insurance*", "ni_number"],
            baseConfidence: 0.75,
            summary: "A UK NINO such as AB 12 34 56 C with an issued prefix."
        ),
        Classifier(
            id: "pii.nl_bsn",
            name: "Dutch BSN",
            category: .pii,
            severity: .high,
            matcher: .digits(DigitShape(digits: 9...9, groups: [4, 2, 3], separators: ". ")),
            validator: .dutchBSN,
            contextKeywords: ["bsn", "burgerservicenummer", "sofinummer", "sofi"],
            requiresContext: true,
            columnNames: ["bsn", "*_bsn", "*burgerservice*"],
            baseConfidence: 0.7,
            summary: "A Dutch citizen service number (11-check) next to BSN wording."
        ),
        Classifier(
            id: "pii.es_dni",
            name: "Spanish DNI",
            category: .pii,
            severity: .high,
            matcher: .pattern(#"\b[0-9]{8}-?[A-Za-z]\b"#),
            validator: .spanishDNI,
            contextKeywords: ["dni", "nif", "documento"],
            columnNames: ["dni", "nif", "*_dni", "*_nif"],
            baseConfidence: 0.75,
            summary: "A Spanish DNI (8 digits and its mod-23 letter)."
        ),
        Classifier(
            id: "pii.es_nie",
            name: "Spanish NIE",
            category: .pii,
            severity: .high,
            matcher: .pattern(#"\b[XYZxyz]-?[0-9]{7}-?[A-Za-z]\b"#),
            validator: .spanishDNI,
            contextKeywords: ["nie", "extranjero"],
            columnNames: ["nie", "*_nie"],
            baseConfidence: 0.75,
            summary: "A Spanish foreigner id (X/Y/Z, 7 digits and its mod-23 letter)."
        ),
        Classifier(
            id: "pii.it_codice_fiscale",
            name: "Italian codice fiscale",
            category: .pii,
            severity: .high,
            matcher: .pattern(
                #"\b[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]\b"#
            ),
            validator: .italianFiscalCode,
            contextKeywords: ["codice fiscale", "cf"],
            columnNames: ["*codice_fiscale*", "*codicefiscale*"],
            baseConfidence: 0.85,
            summary: "An Italian fiscal code of 16 characters with a valid check letter."
        ),
        Classifier(
            id: "pii.fr_insee",
            name: "French social security number (NIR)",
            category: .pii,
            severity: .high,
            matcher: .pattern(#"\b[12] ?[0-9]{2} ?[0-9]{2} ?(?:[0-9]{2}|2[ABab]) ?[0-9]{3} ?[0-9]{3} ?[0-9]{2}\b"#),
            validator: .frenchINSEE,
            contextKeywords: ["insee", "nir", "sécurité sociale", "securite sociale"],
            columnNames: ["*insee*", "nir", "*_nir", "*num_secu*"],
            baseConfidence: 0.75,
            summary: "A French NIR (15 characters) whose 2-digit key checks."
        ),
        Classifier(
            id: "pii.de_steuer_id",
            name: "German tax id (Steuer-IdNr)",
            category: .pii,
            severity: .high,
            matcher: .digits(DigitShape(digits: 11...11, groups: [2, 3, 3, 3], separators: " ")),
            validator: .germanTaxID,
            contextKeywords: ["steuer-id", "steuerid", "steueridentifikationsnummer", "identifikationsnummer", "idnr"],
            requiresContext: true,
            columnNames: ["*steuer*id*", "*steuerid*", "idnr"],
            baseConfidence: 0.7,
            summary: "A German tax identification number (ISO 7064 check) next to Steuer-ID wording."
        ),
    ]

    /// National identifiers of the Americas, Asia and Oceania.
    static let worldIdentifiers: [Classifier] = [
        Classifier(
            id: "pii.ca_sin",
            name: "Canadian SIN",
            category: .pii,
            severity: .high,
            matcher: .digits(DigitShape(digits: 9...9, groups: [3, 3, 3], separators: "- ")),
            validator: .canadianSIN,
            contextKeywords: ["social insurance", "sin number", "sin no", "sin:", "sin#", "assurance sociale"],
            requiresContext: true,
            columnNames: ["sin", "*_sin", "*social_insurance*"],
            baseConfidence: 0.7,
            summary: "A Canadian Social Insurance Number (Luhn) next to SIN wording."
        ),
        Classifier(
            id: "pii.in_aadhaar",
            name: "Indian Aadhaar number",
            category: .pii,
            severity: .high,
            matcher: .digits(DigitShape(digits: 12...12, groups: [4, 4, 4], separators: " -")),
            validator: .aadhaar,
            contextKeywords: ["aadhaar", "aadhar", "uidai"],
            columnNames: ["*aadhaar*", "*aadhar*"],
            baseConfidence: 0.6,
            summary: "A 12-digit Aadhaar number with a valid Verhoeff check digit."
        ),
        Classifier(
            id: "pii.br_cpf",
            name: "Brazilian CPF",
            category: .pii,
            severity: .high,
            matcher: .pattern(#"\b[0-9]{3}\.?[0-9]{3}\.?[0-9]{3}-?[0-9]{2}\b"#),
            validator: .brazilCPF,
            contextKeywords: ["cpf"],
            columnNames: ["cpf", "*_cpf", "cpf_*"],
            baseConfidence: 0.7,
            summary: "A Brazilian individual taxpayer number with two valid check digits."
        ),
        Classifier(
            id: "pii.br_cnpj",
            name: "Brazilian CNPJ",
            category: .pii,
            severity: .medium,
            matcher: .pattern(#"\b[0-9]{2}\.?[0-9]{3}\.?[0-9]{3}/?[0-9]{4}-?[0-9]{2}\b"#),
            validator: .brazilCNPJ,
            contextKeywords: ["cnpj"],
            columnNames: ["cnpj", "*_cnpj"],
            baseConfidence: 0.75,
            summary: "A Brazilian company registration number with two valid check digits."
        ),
        Classifier(
            id: "pii.au_tfn",
            name: "Australian Tax File Number",
            category: .pii,
            severity: .high,
            matcher: .digits(DigitShape(digits: 8...9, groups: [3, 3, 3], separators: " -")),
            validator: .australianTFN,
            contextKeywords: ["tfn", "tax file number"],
            requiresContext: true,
            columnNames: ["tfn", "*_tfn", "*tax_file*"],
            baseConfidence: 0.7,
            summary: "An Australian TFN (weighted mod 11) next to TFN wording."
        ),
        Classifier(
            id: "pii.au_abn",
            name: "Australian Business Number",
            category: .pii,
            severity: .low,
            matcher: .digits(DigitShape(digits: 11...11, groups: [2, 3, 3, 3], separators: " ")),
            validator: .australianABN,
            contextKeywords: ["abn", "australian business number"],
            columnNames: ["abn", "*_abn"],
            baseConfidence: 0.6,
            summary: "An Australian Business Number (weighted mod 89)."
        ),
    ]
}
