import ScanCore

extension BuiltinClassifiers {
    /// Health and medical identifiers.
    public static let health: [Classifier] = [
        Classifier(
            id: "health.us_npi",
            name: "US National Provider Identifier",
            category: .health,
            severity: .medium,
            matcher: .digits(DigitShape(digits: 10...10)),
            validator: .usNPI,
            contextKeywords: ["npi", "national provider", "provider id"],
            requiresContext: true,
            columnNames: ["npi", "*_npi", "npi_*"],
            baseConfidence: 0.75,
            summary: "A 10-digit NPI (Luhn with the 80840 prefix) next to NPI wording."
        ),
        Classifier(
            id: "health.dea_number",
            name: "DEA registration number",
            category: .health,
            severity: .high,
            matcher: .pattern(#"\b[ABCDEFGHJKLMPRSTUX][A-Z9][0-9]{7}\b"#),
            validator: .deaNumber,
            contextKeywords: ["dea"],
            columnNames: ["dea", "*_dea", "*dea_number*"],
            baseConfidence: 0.75,
            summary: "A DEA prescriber registration number with a valid check digit."
        ),
        Classifier(
            id: "health.medicare_mbi",
            name: "Medicare Beneficiary Identifier",
            category: .health,
            severity: .high,
            matcher: .pattern(
                #"\b[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]-?[AC-HJKMNP-RT-Y]{2}[0-9]{2}\b"#
            ),
            contextKeywords: ["medicare", "mbi", "beneficiary"],
            columnNames: ["mbi", "*_mbi", "*medicare*"],
            baseConfidence: 0.8,
            summary: "An 11-character Medicare Beneficiary Identifier (1EG4-TE5-MK73 shape)."
        ),
        Classifier(
            id: "health.us_hicn",
            name: "Medicare claim number (HICN)",
            category: .health,
            severity: .high,
            matcher: .pattern(#"\b[0-9]{3}-?[0-9]{2}-?[0-9]{4}[A-Z][0-9A-Z]?\b"#),
            contextKeywords: ["medicare", "hicn", "claim number"],
            requiresContext: true,
            columnNames: ["hicn", "*_hicn"],
            baseConfidence: 0.7,
            summary: "A legacy Medicare Health Insurance Claim Number next to Medicare wording."
        ),
        Classifier(
            id: "health.uk_nhs_number",
            name: "UK NHS number",
            category: .health,
            severity: .high,
            matcher: .digits(DigitShape(digits: 10...10, groups: [3, 3, 4], separators: " -")),
            validator: .nhsNumber,
            contextKeywords: ["nhs"],
            requiresContext: true,
            columnNames: ["nhs", "*nhs_number*", "*nhs_no*"],
            baseConfidence: 0.75,
            summary: "A 10-digit NHS number (mod 11) next to NHS wording."
        ),
        Classifier(
            id: "health.icd10_code",
            name: "ICD-10 diagnosis code",
            category: .health,
            severity: .medium,
            matcher: .pattern(#"\b[A-TV-Z][0-9][0-9AB](?:\.[0-9A-TV-Z]{1,4})?\b"#),
            contextKeywords: ["icd", "diagnos"],
            contextDistance: 40,
            requiresContext: true,
            columnNames: ["*icd*", "*diagnosis_code*", "dx_code"],
            baseConfidence: 0.6,
            summary: "An ICD-10 code such as E11.9 next to diagnosis wording."
        ),
        Classifier(
            id: "health.health_plan_id",
            name: "Health plan member id",
            category: .health,
            severity: .medium,
            matcher: .pattern(#"\b[A-Z]{0,3}[0-9]{6,12}[A-Z0-9]{0,3}\b"#),
            validator: .documentNumber,
            contextKeywords: [
                "member id", "member number", "subscriber id", "health plan", "policy number", "insurance id",
                "beneficiary id",
            ],
            contextDistance: 40,
            requiresContext: true,
            columnNames: ["*member_id*", "*subscriber_id*", "*health_plan*", "*insurance_id*", "*policy_number*"],
            baseConfidence: 0.6,
            summary: "A health-plan member or policy id next to member/policy wording."
        ),
        Classifier(
            id: "health.medical_condition",
            name: "Medical data column",
            category: .health,
            severity: .high,
            matcher: .columnNameOnly,
            columnNames: [
                "*diagnosis*", "*medical_condition*", "*medication*", "*prescription*", "*allerg*", "*blood_type*",
                "*disability*",
            ],
            baseConfidence: 0.7,
            summary: "A database column whose name says it holds diagnoses or medication."
        ),
    ]
}
