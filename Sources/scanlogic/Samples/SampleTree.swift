import Foundation

/// Writes the demo file tree: configuration with secrets, source code, a CSV export, a log,
/// clean documentation and a binary file.
struct SampleTree {
    let root: String
    var fake: FakeValues

    mutating func write() throws {
        try file("config/production.env", envFile())
        try file("src/billing/client.py", pythonClient())
        try file("src/app/settings.json", settingsJSON())
        try file("exports/customers.csv", customersCSV(rows: 40))
        try file("logs/app.log", logFile(lines: 300))
        try file("keys/deploy_key.pem", fake.privateKey() + "\n")
        try file("docs/README.md", "# Billing service\n\nNothing sensitive here: see the runbook.\n")
        try data(
            "assets/logo.png",
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array(repeating: 0, count: 64)
        )
    }

    private mutating func envFile() -> String {
        """
        APP_ENV=production
        AWS_ACCESS_KEY_ID=\(fake.awsAccessKey())
        aws_secret_access_key = \(fake.awsSecret())
        GITHUB_TOKEN=\(fake.githubToken())
        SLACK_BOT_TOKEN=\(fake.slackToken())
        DATABASE_URL=postgres://billing:\(fake.characters(20, from: FakeValues.alphanumeric))@db.internal:5432/billing

        """
    }

    private mutating func pythonClient() -> String {
        """
        import requests

        API_TOKEN = "\(fake.jwt())"
        db_password = "\(fake.password())"

        def charge(card):
            # test card used in staging
            return requests.post("https://pay.internal/charge", json={"card": "\(fake.creditCard())"})

        """
    }

    private mutating func settingsJSON() -> String {
        """
        {"support_email": "\(fake.email(name: fake.name()))", "region": "eu-west-1", "iban": "\(fake.iban())"}

        """
    }

    private mutating func customersCSV(rows: Int) -> String {
        var text = "name,email,ssn,card,phone\n"
        for _ in 0..<rows {
            let name = fake.name()
            text += "\(name),\(fake.email(name: name)),\(fake.ssn()),\(fake.creditCard()),\(fake.phone())\n"
        }
        return text
    }

    private mutating func logFile(lines: Int) -> String {
        (0..<lines).map { index in
            let level = fake.pick(["INFO", "INFO", "INFO", "WARN", "DEBUG"])
            let detail =
                index == 137 ? "retrying with token \(fake.githubToken())" : "request served in \(fake.digits(2)) ms"
            return "2026-11-23T10:\(index % 60):00Z \(level) \(detail)"
        }.joined(separator: "\n") + "\n"
    }

    private func file(_ path: String, _ text: String) throws {
        try data(path, Array(text.utf8))
    }

    private func data(_ path: String, _ bytes: [UInt8]) throws {
        let full = root + "/" + path
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent,
            withIntermediateDirectories: true
        )
        try Data(bytes).write(to: URL(fileURLWithPath: full))
    }
}
