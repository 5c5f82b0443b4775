import Foundation
import ScanRules
import Testing

/// Validators of structure: network shapes, dates, crypto addresses and secret formats.
struct StructureValidatorTests {
    static let cases: [ValidatorCase] = [
        .init(
            .ipv4,
            valid: ["192.168.1.10", "8.8.8.8", "0.0.0.1"],
            invalid: ["256.1.1.1", "0.0.0.0", "255.255.255.255", "01.2.3.4", "1.2.3", "1.2.3.4.5"]
        ),
        .init(
            .ipv6,
            valid: ["2001:0db8:85a3:0000:0000:8a2e:0370:7334", "2001:db8::1", "fe80::", "::ffff:192.168.1.1"],
            invalid: ["12:30:45", "2001:db8::1::2", "00:1a:2b:3c:4d:5e", "2001:db8:0:0:0:0:0:0:1", "2001:db8::12345"]
        ),
        .init(
            .macAddress,
            valid: ["00:1A:2B:3C:4D:5E", "00-1a-2b-3c-4d-5e"],
            invalid: [
                "00:1A-2B:3C:4D:5E", "00:00:00:00:00:00", "ff:ff:ff:ff:ff:ff", "00:1A:2B:3C:4D", "00:1G:2B:3C:4D:5E",
            ]
        ),
        .init(
            .email,
            valid: ["jane.doe@example.com", "a+tag@mail.example.co.uk"],
            invalid: [
                "jane..doe@example.com", ".jane@example.com", "jane@example", "jane@-example.com", "jane@example.c0m",
            ]
        ),
        .init(
            .e164Phone,
            valid: ["+14155552671", "+44 20 7946 0958"],
            invalid: ["+0123456789", "+1234567", "14155552671", "+1234567890123456"]
        ),
        .init(
            .calendarDate,
            valid: ["1984-07-23", "23/07/1984", "07/23/1984", "2000-02-29"],
            invalid: ["1984-02-30", "1900-02-29", "1984-13-01", "1984-07/23", "1800-01-01"]
        ),
        .init(
            .bech32Address,
            valid: ["bc1q5feryxhrdz9m6y09mr8wrerwzgj6f8ntlqlhlc", "BC1Q5FERYXHRDZ9M6Y09MR8WRERWZGJ6F8NTLQLHLC"],
            invalid: [
                "bc1q5feryxhrdz9m6y09mr8wrerwzgj6f8ntlqlhlq", "bc1Q5feryxhrdz9m6y09mr8wrerwzgj6f8ntlqlhlc",
                "bc1qb5feryxhrdz9m6y09mr8wrerwzgj6f8ntlqlhlc",
            ]
        ),
        .init(.documentNumber, valid: ["X12345678", "123456"], invalid: ["12345", "111111111", "ABCDEFGH"]),
        .init(
            .jwt,
            valid: [Fake.jwt()],
            invalid: [
                Fake.jwt(header: #"{"typ":"JWT"}"#), Fake.jwt(payload: "[1]"), "eyJhbGciOiJub25lIn0.e30", "a.b.c",
            ]
        ),
        .init(
            .pemBlock,
            valid: [
                Fake.pem("RSA PRIVATE KEY"),
                Fake.pem("ENCRYPTED PRIVATE KEY", headers: ["Proc-Type: 4,ENCRYPTED", ""]),
            ],
            invalid: [
                Fake.pem("RSA PRIVATE KEY").replacingOccurrences(of: "END RSA", with: "END DSA"),
                "-----BEGIN X-----\nshort\n-----END X-----",
                "-----BEGIN X-----\n" + String(repeating: "%", count: 20) + "\n-----END X-----",
            ]
        ),
        .init(
            .urlCredentials,
            valid: ["postgres://admin:" + Fake.alnum(12) + "@db.internal:5432/app"],
            invalid: [
                "postgres://admin:${DB_PASS}@db", "postgres://admin:<password>@db", "https://user@host",
                "postgres://:pw@db", "postgres://admin:pw@",
            ]
        ),
        .init(
            .basicAuthCredentials,
            valid: [Fake.base64Encoded("alice:" + Fake.alnum(12))],
            invalid: [
                Fake.base64Encoded("alice"), Fake.base64Encoded("alice:"), Fake.base64Encoded(":pw"), "!!notbase64",
                Fake.base64Encoded("alice:changeme"),
            ]
        ),
        .init(
            .discordToken,
            valid: [Fake.base64Encoded("123456789012345678") + "." + Fake.urlSafe(6) + "." + Fake.urlSafe(27)],
            invalid: [
                Fake.base64Encoded("abcdefghijklmnopqr") + "." + Fake.urlSafe(6) + "." + Fake.urlSafe(27),
                "MTIz.abc.def",
            ]
        ),
        .init(.minEntropy(4.0), valid: [Fake.base64(40)], invalid: [Fake.hex(16), "aaaaaaaaaaaaaaaa", "password"]),
        .init(
            .secretValue(minLength: 8, minEntropy: 2.5),
            valid: ["Tr0ub4dor&3x", "\"" + Fake.alnum(20) + "\""],
            invalid: [
                "short", "changeme!", "${DB_PASSWORD}", "<password>", "xxxxxxxxxx", "process.env.SECRET",
                "'your_password_here'", "12345678910",
            ]
        ),
    ]

    @Test(arguments: cases)
    func acceptsValidValues(_ example: ValidatorCase) {
        for value in example.valid {
            #expect(example.accepts(value), "\(example.validator.name) rejected \(value)")
        }
    }

    @Test(arguments: cases)
    func rejectsLookAlikes(_ example: ValidatorCase) {
        for value in example.invalid {
            #expect(!example.accepts(value), "\(example.validator.name) accepted \(value)")
        }
    }

    @Test func everyNamedValidatorHasCases() {
        let tested = Set((ChecksumValidatorTests.cases + Self.cases).map(\.validator.name))
        for name in Validator.builtinNames {
            #expect(tested.contains(name), "validator \(name) has no test cases")
            #expect(Validator.builtin(named: name)?.name == name)
        }
    }
}
