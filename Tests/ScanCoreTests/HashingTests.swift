import ScanCore
import Testing

struct HashingTests {
    private let key = Array(repeating: UInt8(7), count: 32)

    @Test func keyedHashDependsOnTheKey() {
        let value = Array("AKIAABCDEFGHIJKLMNOP".utf8)
        let one = ValueHasher(key: key).hash(value)
        let other = ValueHasher(key: Array(repeating: 8, count: 32)).hash(value)

        #expect(one.count == 64)
        #expect(one != other)
        #expect(one == ValueHasher(key: key).hash(value))
    }

    @Test func fingerprintIgnoresLinesButNotValues() {
        let base = Fingerprint.make(ruleID: "r", assetPath: "a.txt", locationKey: "occurrence:0", valueHash: "h1")

        #expect(base == Fingerprint.make(ruleID: "r", assetPath: "a.txt", locationKey: "occurrence:0", valueHash: "h1"))
        #expect(base != Fingerprint.make(ruleID: "r", assetPath: "a.txt", locationKey: "occurrence:0", valueHash: "h2"))
        #expect(base != Fingerprint.make(ruleID: "r", assetPath: "b.txt", locationKey: "occurrence:0", valueHash: "h1"))
        // Length-prefixed fields: moving a character between fields changes the identity.
        #expect(
            Fingerprint.make(ruleID: "ab", assetPath: "c", locationKey: "", valueHash: "")
                != Fingerprint.make(ruleID: "a", assetPath: "bc", locationKey: "", valueHash: "")
        )
    }

    @Test(arguments: [
        ("short", "*****"),
        ("12345678", "********"),
        ("AKIAABCDEFGHIJKLMNOP", "AKI***************OP"),
        ("4111111111111111", "41************11"),
    ])
    func previewsRevealAtMostAQuarter(value: String, expected: String) {
        let preview = Redactor.preview(Array(value.utf8))

        #expect(preview == expected)
        #expect(preview.filter { $0 != "*" }.count <= value.count / 4)
    }

    @Test func previewsOfLongValuesAreBounded() {
        let preview = Redactor.preview(Array(String(repeating: "x", count: 4000).utf8))

        #expect(preview.count <= 32)
    }
}
