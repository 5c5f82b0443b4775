// Tokens are assembled at run time from a prefix and generated characters (see Fake).
extension ClassifierSamples {
    static let saasSecrets: [ClassifierSamples] = [
        .init(
            "secret.slack_token",
            matches: ["xoxb-" + Fake.digits(11) + "-" + Fake.digits(12, seed: 31) + "-" + Fake.alnum(24)],
            misses: ["xoxb-your-token-here"]
        ),
        .init(
            "secret.slack_webhook",
            matches: [
                "https://hooks.slack.com/services/T" + Fake.string(8, from: upperDigits, seed: 32) + "/B"
                    + Fake.string(8, from: upperDigits, seed: 33) + "/" + Fake.alnum(24, seed: 34)
            ],
            misses: ["https://hooks.slack.com/services/T000/B000/xyz"]
        ),
        .init(
            "secret.stripe_key",
            matches: ["sk_live_" + Fake.alnum(24, seed: 35)],
            misses: ["sk_test_" + Fake.alnum(24, seed: 35)]
        ),
        .init(
            "secret.stripe_webhook_secret",
            matches: ["whsec_" + Fake.alnum(32, seed: 36)],
            misses: ["whsec_" + Fake.alnum(10)]
        ),
        .init(
            "secret.square_token",
            matches: ["sq0atp-" + Fake.urlSafe(22, seed: 37)],
            misses: ["sq0xyz-" + Fake.urlSafe(22, seed: 37)]
        ),
        .init(
            "secret.shopify_token",
            matches: ["shpat_" + Fake.hex(32, seed: 38)],
            misses: ["shpat_" + Fake.hex(31, seed: 38)]
        ),
        .init(
            "secret.twilio_api_key",
            matches: ["twilio key SK" + Fake.hex(32, seed: 39)],
            misses: ["SK" + String(repeating: "0", count: 32), "SK" + Fake.hex(31, seed: 39)]
        ),
        .init(
            "secret.sendgrid_api_key",
            matches: ["SG." + Fake.urlSafe(22, seed: 40) + "." + Fake.urlSafe(43, seed: 41)],
            misses: ["SG." + Fake.urlSafe(22, seed: 40)]
        ),
        .init(
            "secret.mailgun_api_key",
            matches: ["key-" + Fake.hex(32, seed: 42)],
            misses: ["key-" + Fake.hex(31, seed: 42), "key-" + String(repeating: "0", count: 32)]
        ),
        .init(
            "secret.mailchimp_api_key",
            matches: [Fake.hex(32, seed: 43) + "-us14"],
            misses: [Fake.hex(32, seed: 43) + "-eu1"]
        ),
        .init(
            "secret.openai_api_key",
            matches: [
                "sk-proj-" + Fake.urlSafe(64, seed: 44),
                "sk-" + Fake.alnum(20, seed: 45) + "T3BlbkFJ" + Fake.alnum(20, seed: 46),
            ],
            misses: ["sk-" + Fake.alnum(48, seed: 47), "sk-ant-api03-" + Fake.urlSafe(93, seed: 48)]
        ),
        .init(
            "secret.anthropic_api_key",
            matches: ["sk-ant-api03-" + Fake.urlSafe(93, seed: 48)],
            misses: ["sk-ant-api03-short"]
        ),
        .init(
            "secret.discord_bot_token",
            matches: [
                Fake.base64Encoded("123456789012345678") + "." + Fake.urlSafe(6, seed: 49) + "."
                    + Fake.urlSafe(27, seed: 50)
            ],
            misses: [
                "M" + String(repeating: "Z", count: 23) + "." + Fake.urlSafe(6, seed: 49) + "."
                    + Fake.urlSafe(27, seed: 50)
            ]
        ),
        .init(
            "secret.telegram_bot_token",
            matches: ["5829304716:AA" + Fake.urlSafe(33, seed: 51)],
            misses: ["5829304716:AB" + Fake.urlSafe(33, seed: 51)]
        ),
    ]

    private static let upperDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
}
