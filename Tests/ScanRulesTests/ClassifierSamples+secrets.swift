import Foundation

// Every token here is assembled at run time from a prefix and generated characters, so the
// repository holds no string that a secret scanner (or a person) could take for a real key.
extension ClassifierSamples {
    static let secrets: [ClassifierSamples] = cloud + codeHosting + generic

    private static let cloud: [ClassifierSamples] = [
        .init(
            "secret.aws_access_key",
            matches: ["aws_access_key_id = " + "AKIA" + Fake.string(16, from: awsAlphabet, seed: 11)],
            misses: [
                "AKIAIOSFODNN7EXAMPLE", "AKIA" + Fake.string(15, from: awsAlphabet, seed: 11),
                "AKIA" + String(repeating: "A", count: 16),
            ]
        ),
        .init(
            "secret.aws_secret_key",
            matches: ["aws_secret_access_key = " + Fake.base64(40, seed: 12)],
            misses: [
                "aws_secret_access_key = " + "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYEXAMPLEKEY",
                "aws_secret_access_key = " + Fake.hex(40), "value = " + Fake.base64(40, seed: 12),
            ]
        ),
        .init(
            "secret.google_api_key",
            matches: ["key=" + "AIza" + Fake.urlSafe(35)],
            misses: ["AIza" + Fake.urlSafe(30)]
        ),
        .init(
            "secret.gcp_service_account",
            matches: [#"{"type": "service_account", "project_id": "demo", "private_key": "k"}"#],
            misses: [#"{"type": "service_account", "project_id": "demo"}"#, #"{"type": "user"}"#]
        ),
        .init(
            "secret.azure_storage_connection_string",
            matches: ["DefaultEndpointsProtocol=https;AccountName=demo;AccountKey=" + Fake.base64(86) + "==;"],
            misses: ["AccountKey=" + Fake.base64(40) + "=="]
        ),
        .init("secret.digitalocean_token", matches: ["dop_v1_" + Fake.hex(64)], misses: ["dop_v1_" + Fake.hex(63)]),
        .init("secret.vault_token", matches: ["VAULT_TOKEN=" + "hvs." + Fake.urlSafe(90)], misses: ["hvs.short"]),
        .init(
            "secret.databricks_token",
            matches: ["dapi" + Fake.hex(32)],
            misses: ["dapi" + String(repeating: "x", count: 32)]
        ),
        .init(
            "secret.heroku_api_key",
            matches: ["HEROKU_API_KEY=" + Fake.uuid()],
            misses: ["request id " + Fake.uuid()]
        ),
    ]

    private static let codeHosting: [ClassifierSamples] = [
        .init(
            "secret.github_token",
            matches: ["token: " + "ghp_" + Fake.alnum(36)],
            misses: ["ghp_" + Fake.alnum(35), "ghp_" + String(repeating: "x", count: 36)]
        ),
        .init(
            "secret.github_fine_grained_token",
            matches: ["github_pat_" + Fake.alnum(22, seed: 13) + "_" + Fake.alnum(59, seed: 14)],
            misses: ["github_pat_" + Fake.alnum(22, seed: 13)]
        ),
        .init(
            "secret.github_oauth_token",
            matches: ["gho_" + Fake.alnum(36, seed: 15)],
            misses: ["gho_" + Fake.alnum(20)]
        ),
        .init(
            "secret.github_app_token",
            matches: ["ghs_" + Fake.alnum(36, seed: 16), "ghu_" + Fake.alnum(36, seed: 17)],
            misses: ["ghx_" + Fake.alnum(36, seed: 16)]
        ),
        .init(
            "secret.github_refresh_token",
            matches: ["ghr_" + Fake.alnum(76, seed: 18)],
            misses: ["ghr_" + Fake.alnum(30)]
        ),
        .init("secret.gitlab_token", matches: ["glpat-" + Fake.alnum(20, seed: 19)], misses: ["glpat-short"]),
        .init(
            "secret.npm_token",
            matches: ["//registry.npmjs.org/:_authToken=" + "npm_" + Fake.alnum(36, seed: 20)],
            misses: ["npm_" + Fake.alnum(10)]
        ),
        .init(
            "secret.pypi_token",
            matches: ["pypi-" + "AgEIcHlwaS5vcmc" + Fake.urlSafe(60, seed: 21)],
            misses: ["pypi-" + Fake.alnum(60, seed: 21)]
        ),
        .init(
            "secret.huggingface_token",
            matches: ["hf_" + Fake.letters(34)],
            misses: ["hf_" + Fake.letters(20), "hf_" + String(repeating: "x", count: 34)]
        ),
    ]

    private static let generic: [ClassifierSamples] = [
        .init(
            "secret.private_key",
            matches: [
                Fake.pem("RSA PRIVATE KEY"), Fake.pem("OPENSSH PRIVATE KEY"), Fake.pem("EC PRIVATE KEY"),
                Fake.pem("PRIVATE KEY"), Fake.pem("PGP PRIVATE KEY BLOCK", headers: ["Version: test", ""]),
                Fake.pem("RSA PRIVATE KEY", headers: ["Proc-Type: 4,ENCRYPTED", "DEK-Info: AES-128-CBC,0011", ""]),
            ],
            misses: [
                Fake.pem("RSA PRIVATE KEY").replacingOccurrences(of: "END RSA", with: "END EC"),
                "-----BEGIN " + "RSA PRIVATE KEY-----\nnot base64 !!!\n-----END RSA PRIVATE KEY-----",
                Fake.pem("PUBLIC KEY"),
            ]
        ),
        .init(
            "secret.age_secret_key",
            matches: ["AGE-SECRET-KEY-1" + Fake.string(58, from: bech32Alphabet, seed: 22)],
            misses: ["AGE-SECRET-KEY-1" + Fake.string(57, from: bech32Alphabet, seed: 22)]
        ),
        .init(
            "secret.jwt",
            matches: ["Bearer " + Fake.jwt()],
            misses: [Fake.jwt(header: #"{"typ":"JWT"}"#), Fake.jwt(payload: "not json")]
        ),
        .init(
            "secret.basic_auth_header",
            matches: ["Authorization: Basic " + Fake.base64Encoded("alice:" + Fake.alnum(12))],
            misses: [
                "Authorization: Basic " + Fake.base64Encoded("nocolonhere"),
                "Authorization: Basic " + Fake.base64Encoded("alice:${PASSWORD}"),
            ]
        ),
        .init(
            "secret.bearer_token",
            matches: ["Authorization: Bearer " + Fake.alnum(40, seed: 23)],
            misses: ["Authorization: Bearer <token>", "Authorization: Bearer " + String(repeating: "x", count: 24)]
        ),
        .init(
            "secret.generic_password_assignment",
            matches: [
                #"password = "Tr0ub4dor&3x""#, "DB_PASSWORD=" + Fake.alnum(14, seed: 24), #"{"pwd": "k9#Lm2$pQ7"}"#,
            ],
            misses: [
                #"password = "changeme""#, "password: ${DB_PASSWORD}", #"password = os.environ["DB_PASSWORD"]"#,
                "passport: X12345678", "Password: Reset", #"password = "aaaaaaaaaa""#,
            ]
        ),
        .init(
            "secret.generic_api_key",
            matches: [
                #"api_key = ""# + Fake.alnum(32, seed: 25) + #"""#, "CLIENT_SECRET: " + Fake.urlSafe(40, seed: 26),
            ],
            misses: [#"api_key = "your_api_key_here_please""#, "token: 12345678901234567890", "secret = short"]
        ),
    ]

    private static let awsAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    private static let bech32Alphabet = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"
}
