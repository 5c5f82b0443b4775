import ScanIngest
import Testing

struct CodeRedactorTests {
    @Test func literalsAndLongTokensAreMaskedAndTheRestIsKept() {
        let key = "Zq8" + String(repeating: "x7", count: 10)

        let masked = CodeRedactor.mask("api(key, \(key), name='hunter2-long-secret')")

        #expect(!masked.contains(key) && !masked.contains("hunter2-long-secret"))
        #expect(masked.hasPrefix("api(key, ") && masked.hasSuffix("')"))
    }

    @Test func textOutsideASCIIPassesThroughWhole() {
        let masked = CodeRedactor.mask("clé = «sécurité» + \"mot de passe très long\" # ✓")

        #expect(masked.hasPrefix("clé = «sécurité» + \""))
        #expect(masked.hasSuffix("\" # ✓"))
        #expect(!masked.contains("mot de passe"))
    }
}
