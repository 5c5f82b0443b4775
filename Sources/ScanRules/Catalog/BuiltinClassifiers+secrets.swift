import ScanCore

extension BuiltinClassifiers {
    /// Keys, tokens, passwords and private keys.
    public static let secrets: [Classifier] = cloudSecrets + codeHostingSecrets + saasSecrets + genericSecrets

    /// A prefixed token is only a finding when its random part is random: this filters out
    /// `ghp_xxxxxxxx…` and `sk_live_your_key_here` style placeholders.
    static let randomToken = Validator.secretValue(minLength: 16, minEntropy: 3.0)

    /// Builds a credential classifier; most secrets share everything but the pattern.
    static func secret(
        _ id: String,
        _ name: String,
        _ pattern: String,
        severity: Severity = .high,
        caseInsensitive: Bool = false,
        extract: String? = nil,
        validator: Validator? = randomToken,
        context: [String] = [],
        requiresContext: Bool = false,
        columns: [String] = [],
        confidence: Double = 0.9,
        allow: Set<String> = [],
        summary: String
    ) -> Classifier {
        Classifier(
            id: id,
            name: name,
            category: .credential,
            severity: severity,
            matcher: .pattern(pattern, caseInsensitive: caseInsensitive, extract: extract),
            validator: validator,
            contextKeywords: context,
            requiresContext: requiresContext,
            columnNames: columns,
            baseConfidence: confidence,
            allowList: allow,
            summary: summary
        )
    }

    private static let cloudSecrets: [Classifier] = [
        secret(
            "secret.aws_access_key",
            "AWS access key id",
            #"\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b"#,
            severity: .critical,
            context: ["aws", "access_key", "access key"],
            columns: ["*aws_access_key*", "*access_key_id*"],
            allow: ["AKIAIOSFODNN7EXAMPLE"],
            summary: "An AWS access key id (AKIA…/ASIA…); AWS's documented example is allowed."
        ),
        secret(
            "secret.aws_secret_key",
            "AWS secret access key",
            #"(?:^|[^A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?:$|[^A-Za-z0-9/+=])"#,
            severity: .critical,
            extract: "([A-Za-z0-9/+]{40})",
            validator: .minEntropy(4.2),
            context: ["aws_secret", "secret_access_key", "aws secret", "secretaccesskey"],
            requiresContext: true,
            columns: ["*aws_secret*", "*secret_access_key*"],
            confidence: 0.75,
            allow: ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
            summary: "A 40-character AWS secret access key next to AWS secret wording."
        ),
        secret(
            "secret.google_api_key",
            "Google API key",
            #"\bAIza[0-9A-Za-z_-]{35}"#,
            summary: "A Google Cloud / Maps / Firebase API key (AIza…)."
        ),
        secret(
            "secret.gcp_service_account",
            "GCP service-account key file",
            #""type"\s*:\s*"service_account""#,
            severity: .critical,
            validator: nil,
            context: ["\"private_key\""],
            requiresContext: true,
            summary: "A Google service-account JSON key: type service_account with a private_key nearby."
        ).withContextDistance(4096),
        secret(
            "secret.azure_storage_connection_string",
            "Azure storage account key",
            #"AccountKey=[A-Za-z0-9+/]{86}=="#,
            severity: .critical,
            extract: "AccountKey=([A-Za-z0-9+/]{86}==)",
            summary: "The AccountKey of an Azure storage connection string."
        ),
        secret(
            "secret.digitalocean_token",
            "DigitalOcean token",
            #"\bdo[opr]_v1_[a-f0-9]{64}\b"#,
            summary: "A DigitalOcean personal access, OAuth or refresh token."
        ),
        secret(
            "secret.vault_token",
            "HashiCorp Vault token",
            #"\bhv[sbr]\.[A-Za-z0-9_-]{24,200}"#,
            summary: "A HashiCorp Vault service, batch or recovery token (hvs./hvb./hvr.)."
        ),
        secret(
            "secret.databricks_token",
            "Databricks token",
            #"\bdapi[a-f0-9]{32}(?:-[0-9])?\b"#,
            summary: "A Databricks personal access token (dapi…)."
        ),
        secret(
            "secret.heroku_api_key",
            "Heroku API key",
            #"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b"#,
            validator: nil,
            context: ["heroku"],
            requiresContext: true,
            columns: ["*heroku*"],
            confidence: 0.7,
            summary: "A UUID-shaped Heroku API key next to the word Heroku."
        ),
    ]

    private static let codeHostingSecrets: [Classifier] = [
        secret(
            "secret.github_token",
            "GitHub personal access token (classic)",
            #"\bghp_[A-Za-z0-9]{36}\b"#,
            severity: .critical,
            summary: "A classic GitHub personal access token (ghp_…)."
        ),
        secret(
            "secret.github_fine_grained_token",
            "GitHub fine-grained token",
            #"\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}\b"#,
            severity: .critical,
            summary: "A fine-grained GitHub personal access token (github_pat_…)."
        ),
        secret(
            "secret.github_oauth_token",
            "GitHub OAuth token",
            #"\bgho_[A-Za-z0-9]{36}\b"#,
            severity: .critical,
            summary: "A GitHub OAuth access token (gho_…)."
        ),
        secret(
            "secret.github_app_token",
            "GitHub App token",
            #"\bgh[su]_[A-Za-z0-9]{36}\b"#,
            severity: .critical,
            summary: "A GitHub App installation or user-to-server token (ghs_…/ghu_…)."
        ),
        secret(
            "secret.github_refresh_token",
            "GitHub refresh token",
            #"\bghr_[A-Za-z0-9]{36,76}\b"#,
            summary: "A GitHub App refresh token (ghr_…)."
        ),
        secret(
            "secret.gitlab_token",
            "GitLab personal access token",
            #"\bglpat-[A-Za-z0-9_-]{20,64}"#,
            severity: .critical,
            summary: "A GitLab personal access token (glpat-…)."
        ),
        secret(
            "secret.npm_token",
            "npm access token",
            #"\bnpm_[A-Za-z0-9]{36}\b"#,
            summary: "An npm registry access token (npm_…)."
        ),
        secret(
            "secret.pypi_token",
            "PyPI API token",
            #"\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}"#,
            summary: "A PyPI upload token (a pypi- macaroon for pypi.org)."
        ),
        secret(
            "secret.huggingface_token",
            "Hugging Face token",
            #"\bhf_[A-Za-z]{34}\b"#,
            summary: "A Hugging Face user access token (hf_…)."
        ),
    ]
}

extension Classifier {
    /// A copy with a different context distance, for the few rules whose evidence sits far away.
    func withContextDistance(_ distance: Int) -> Classifier {
        var copy = self
        copy.contextDistance = distance
        return copy
    }
}
