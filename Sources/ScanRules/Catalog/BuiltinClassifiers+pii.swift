import ScanCore

extension BuiltinClassifiers {
    /// Personal data: contact details and national identifiers.
    public static let pii: [Classifier] =
        contact + usIdentifiers + europeanIdentifiers + worldIdentifiers + personColumns

    private static let contact: [Classifier] = [
        Classifier(
            id: "pii.email",
            name: "Email address",
            category: .pii,
            severity: .medium,
            matcher: .pattern(
                #"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}\b"#
            ),
            validator: .email,
            contextKeywords: ["email", "e-mail", "mail", "contact"],
            columnNames: ["*email*", "*e_mail*", "*mail_address*"],
            baseConfidence: 0.9,
            summary: "An email address with a well-formed domain and top-level domain."
        ),
        Classifier(
            id: "pii.phone_e164",
            name: "Phone number (E.164)",
            category: .pii,
            severity: .medium,
            matcher: .pattern(#"\+[1-9](?:[ .-]?[0-9]){7,14}\b"#),
            validator: .e164Phone,
            contextKeywords: ["phone", "tel", "mobile", "cell", "fax", "whatsapp"],
            columnNames: ["*phone*", "*mobile*", "*msisdn*", "tel", "*telephone*", "fax"],
            baseConfidence: 0.75,
            summary: "An international phone number: `+`, a country code and 8–15 digits in all."
        ),
        Classifier(
            id: "pii.phone_nanp",
            name: "Phone number (North America)",
            category: .pii,
            severity: .low,
            matcher: .digits(
                DigitShape(digits: 10...10, groups: [3, 3, 4], separators: "-. ", allowsUngrouped: false)
            ),
            validator: .nanpPhone,
            contextKeywords: ["phone", "tel", "mobile", "cell", "fax", "call"],
            columnNames: ["*phone*", "*mobile*", "tel", "*telephone*"],
            baseConfidence: 0.6,
            summary: "A 10-digit North American number such as 415-555-2671 with valid area code and exchange."
        ),
        Classifier(
            id: "pii.date_of_birth",
            name: "Date of birth",
            category: .pii,
            severity: .medium,
            matcher: .pattern(
                #"\b(?:[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{4})\b"#
            ),
            validator: .calendarDate,
            contextKeywords: ["dob", "date of birth", "birth", "born", "d.o.b", "geburtsdatum", "naissance"],
            contextDistance: 32,
            requiresContext: true,
            columnNames: ["dob", "*_dob", "dob_*", "*birth_date*", "*birthdate*", "*date_of_birth*", "*birthday*"],
            baseConfidence: 0.6,
            summary: "A calendar date next to words such as 'date of birth' or 'DOB'."
        ),
    ]

    private static let usIdentifiers: [Classifier] = [
        Classifier(
            id: "pii.us_ssn",
            name: "US Social Security number",
            category: .pii,
            severity: .high,
            matcher: .digits(DigitShape(digits: 9...9, groups: [3, 2, 4], separators: "- ", allowsUngrouped: false)),
            validator: .usSSN,
            contextKeywords: ["ssn", "social security", "social sec"],
            columnNames: ["ssn", "*_ssn", "ssn_*", "*social_security*"],
            baseConfidence: 0.8,
            summary: "A US SSN written 123-45-6789 with a valid area, group and serial."
        ),
        Classifier(
            id: "pii.us_itin",
            name: "US ITIN",
            category: .pii,
            severity: .high,
            matcher: .digits(DigitShape(digits: 9...9, groups: [3, 2, 4], separators: "- ", allowsUngrouped: false)),
            validator: .usITIN,
            contextKeywords: ["itin", "taxpayer"],
            columnNames: ["itin", "*_itin"],
            baseConfidence: 0.8,
            summary: "A US Individual Taxpayer Identification Number (9XX-7X-XXXX)."
        ),
        Classifier(
            id: "pii.passport_number",
            name: "Passport number",
            category: .pii,
            severity: .high,
            matcher: .pattern(#"\b[A-Z]{0,2}[0-9]{6,9}\b"#),
            validator: .documentNumber,
            contextKeywords: ["passport", "reisepass", "passeport", "pasaporte"],
            contextDistance: 40,
            requiresContext: true,
            columnNames: ["*passport*"],
            baseConfidence: 0.6,
            summary: "A passport number; only reported next to the word passport."
        ),
        Classifier(
            id: "pii.drivers_license",
            name: "Driver's licence number",
            category: .pii,
            severity: .high,
            matcher: .pattern(#"\b[A-Z0-9]{0,3}[0-9]{5,12}[A-Z0-9]{0,5}\b"#),
            validator: .documentNumber,
            contextKeywords: [
                "driver's license", "drivers license", "driver license", "driving licence", "driver's licence",
                "licence number", "license number", "dl#", "dl no", "führerschein",
            ],
            contextDistance: 40,
            requiresContext: true,
            columnNames: ["*driver*licen*", "*driving_licen*", "dl_number", "*license_number*", "*licence_number*"],
            baseConfidence: 0.6,
            summary: "A driver's licence number; only reported next to licence wording."
        ),
        Classifier(
            id: "pii.vin",
            name: "Vehicle identification number",
            category: .pii,
            severity: .low,
            matcher: .pattern(#"\b[A-HJ-NPR-Z0-9]{17}\b"#),
            validator: .vin,
            contextKeywords: ["vin", "vehicle", "chassis"],
            columnNames: ["vin", "*_vin", "*vehicle_id*"],
            baseConfidence: 0.6,
            summary: "A 17-character VIN with a valid check character."
        ),
        Classifier(
            id: "pii.imei",
            name: "IMEI",
            category: .pii,
            severity: .low,
            matcher: .digits(DigitShape(digits: 15...15, groups: [2, 6, 6, 1], separators: "- ")),
            validator: .imei,
            contextKeywords: ["imei"],
            requiresContext: true,
            columnNames: ["imei", "*_imei"],
            baseConfidence: 0.7,
            summary: "A device IMEI (15 digits, Luhn) next to the word IMEI."
        ),
    ]

    private static let personColumns: [Classifier] = [
        Classifier(
            id: "pii.person_name",
            name: "Person name column",
            category: .pii,
            severity: .low,
            matcher: .columnNameOnly,
            columnNames: [
                "*first_name*", "*last_name*", "*full_name*", "*surname*", "*given_name*", "*family_name*",
                "firstname", "lastname", "fullname", "*middle_name*", "*person_name*", "*customer_name*",
            ],
            baseConfidence: 0.7,
            summary: "A database column whose name says it holds people's names."
        ),
        Classifier(
            id: "pii.postal_address",
            name: "Postal address column",
            category: .pii,
            severity: .low,
            matcher: .columnNameOnly,
            columnNames: [
                "address", "*street*", "*address_line*", "*home_address*", "*mailing_address*",
                "*billing_address*", "*shipping_address*", "*postal_code*", "*postcode*", "*zip_code*", "zipcode",
            ],
            baseConfidence: 0.7,
            summary: "A database column whose name says it holds postal addresses."
        ),
        Classifier(
            id: "pii.gender",
            name: "Gender column",
            category: .pii,
            severity: .low,
            matcher: .columnNameOnly,
            columnNames: ["gender", "*_gender", "gender_*", "sex"],
            baseConfidence: 0.7,
            summary: "A database column whose name says it holds gender or sex."
        ),
        Classifier(
            id: "pii.ethnicity",
            name: "Ethnicity column",
            category: .pii,
            severity: .medium,
            matcher: .columnNameOnly,
            columnNames: ["*ethnicity*", "*ethnic_*", "race", "*_race"],
            baseConfidence: 0.7,
            summary: "A database column whose name says it holds ethnicity or race."
        ),
    ]
}
