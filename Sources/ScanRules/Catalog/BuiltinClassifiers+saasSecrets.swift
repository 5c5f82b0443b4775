import ScanCore

extension BuiltinClassifiers {
    /// Keys of SaaS APIs: messaging, payments, AI, e-commerce.
    static let saasSecrets: [Classifier] = [
        secret(
            "secret.slack_token",
            "Slack token",
            #"\b(?:xox[abposre]|xapp)-[0-9A-Za-z-]{10,}"#,
            summary: "A Slack bot, user, app or refresh token (xoxb-, xoxp-, xoxa-, xapp-…)."
        ),
        secret(
            "secret.slack_webhook",
            "Slack incoming webhook",
            #"https://hooks\.slack\.com/services/T[A-Z0-9]{6,12}/B[A-Z0-9]{6,12}/[A-Za-z0-9]{20,32}"#,
            validator: nil,
            summary: "A Slack incoming-webhook URL, which lets anyone post to a channel."
        ),
        secret(
            "secret.stripe_key",
            "Stripe live key",
            #"\b(?:sk|rk)_live_[0-9A-Za-z]{24,247}\b"#,
            severity: .critical,
            summary: "A live Stripe secret or restricted key (sk_live_/rk_live_)."
        ),
        secret(
            "secret.stripe_webhook_secret",
            "Stripe webhook secret",
            #"\bwhsec_[A-Za-z0-9]{32,64}\b"#,
            summary: "A Stripe webhook signing secret (whsec_…)."
        ),
        secret(
            "secret.square_token",
            "Square access token",
            #"\bsq0(?:atp|csp)-[0-9A-Za-z_-]{22,43}"#,
            summary: "A Square OAuth access token or application secret (sq0atp-/sq0csp-)."
        ),
        secret(
            "secret.shopify_token",
            "Shopify token",
            #"\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b"#,
            summary: "A Shopify admin, custom-app, private-app or shared secret (shpat_…)."
        ),
        secret(
            "secret.twilio_api_key",
            "Twilio API key",
            #"\bSK[0-9a-fA-F]{32}\b"#,
            context: ["twilio"],
            confidence: 0.7,
            summary: "A Twilio API key SID (SK + 32 hex)."
        ),
        secret(
            "secret.sendgrid_api_key",
            "SendGrid API key",
            #"\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}"#,
            summary: "A SendGrid API key (SG.<id>.<secret>)."
        ),
        secret(
            "secret.mailgun_api_key",
            "Mailgun API key",
            #"\bkey-[0-9a-f]{32}\b"#,
            context: ["mailgun"],
            confidence: 0.7,
            summary: "A Mailgun private API key (key- + 32 hex)."
        ),
        secret(
            "secret.mailchimp_api_key",
            "Mailchimp API key",
            #"\b[0-9a-f]{32}-us[0-9]{1,2}\b"#,
            summary: "A Mailchimp API key (32 hex and a -usN data-centre suffix)."
        ),
        secret(
            "secret.openai_api_key",
            "OpenAI API key",
            #"\bsk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}|\bsk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}\b"#,
            severity: .critical,
            summary: "An OpenAI API key (sk-proj-…, or legacy sk-… with the T3BlbkFJ marker)."
        ),
        secret(
            "secret.anthropic_api_key",
            "Anthropic API key",
            #"\bsk-ant-(?:api|admin)[0-9]{2}-[A-Za-z0-9_-]{80,110}"#,
            severity: .critical,
            summary: "An Anthropic API or admin key (sk-ant-api03-…)."
        ),
        secret(
            "secret.discord_bot_token",
            "Discord bot token",
            #"\b[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}"#,
            validator: .discordToken,
            summary: "A Discord bot token whose first part encodes the bot's numeric id."
        ),
        secret(
            "secret.telegram_bot_token",
            "Telegram bot token",
            #"\b[0-9]{8,10}:AA[0-9A-Za-z_-]{33}"#,
            summary: "A Telegram Bot API token (<bot id>:AA…)."
        ),
    ]
}
