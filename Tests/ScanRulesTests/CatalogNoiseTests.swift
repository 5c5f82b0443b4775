import ScanCore
import ScanRules
import Testing

/// Ordinary text (code, logs, hashes, ids, prose) must not produce findings: false positives
/// cost reviewers more than anything else a scanner does.
struct CatalogNoiseTests {
    static let benign: [String] = [
        "let version = \"1.2.3\"; build 2024.10.01 commit 3f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39",
        "sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "id=550e8400-e29b-41d4-a716-446655440000 ts=2024-05-01T12:30:45Z took 123456789ns",
        "SELECT * FROM orders WHERE total > 1000 AND created_at > '2024-01-01' LIMIT 50;",
        "The quick brown fox jumps over the lazy dog. Call me at noon. Token count: 4096.",
        "import Foundation\nfunc hash(password: String) -> String { return sha(password) }",
        "api_key = os.getenv(\"API_KEY\")\npassword = config[\"password\"]\nsecret: ${SECRET_VALUE}",
        "order #4000123456789 shipped; tracking 1Z999AA10123456784; invoice 2024-000123",
        "https://github.com/apple/swift-nio/blob/main/Sources/NIOCore/ByteBuffer.swift#L120",
        "npm install lodash@4.17.21 react@18.2.0 --save-dev; pip install requests==2.31.0",
        "lat=37.7749 lon=-122.4194 elevation 52m; price 1,299.99 USD; qty 12 345",
        "phone_number_format = \"(xxx) xxx-xxxx\"; docs at http://localhost:8080/docs",
        "0x7fff5fbff8c8 segfault at 00007f3a2b1c4d5e; pid 12345 tid 67890",
        "data:image/png;base64," + Fake.base64(4096, seed: 99),
        (0..<64).map { _ in Fake.hex(32, seed: 98) }.joined(separator: "\n"),
    ]

    @Test(arguments: benign)
    func benignTextHasNoFindings(_ text: String) {
        let bytes = Array(text.utf8)
        let findings = BuiltinCatalogTests.engine.scan(bytes).map { match in
            "\(match.ruleID): \(String(decoding: bytes[match.valueStart..<match.valueEnd], as: UTF8.self))"
        }
        #expect(findings.isEmpty)
    }
}
