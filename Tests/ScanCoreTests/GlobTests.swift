import ScanCore
import Testing

struct GlobTests {
    @Test(arguments: [
        ("*.log", "a/b/c.log", true),
        ("*.log", "c.log", true),
        ("*.log", "c.logx", false),
        ("src/*.swift", "src/a.swift", true),
        ("src/*.swift", "src/x/a.swift", false),
        ("src/**/*.swift", "src/a.swift", true),
        ("src/**/*.swift", "src/x/y/a.swift", true),
        ("**/node_modules/**", "web/node_modules/x/y.js", true),
        ("**/node_modules/**", "node_modules/y.js", true),
        ("file?.txt", "file1.txt", true),
        ("file?.txt", "file10.txt", false),
        ("[ab]*.txt", "b1.txt", true),
        ("[!ab]*.txt", "b1.txt", false),
        ("[a-c]x", "bx", true),
        ("public/users/*", "public/users/email", true),
        ("public/users/*", "private/users/email", false),
    ])
    func globMatches(pattern: String, path: String, expected: Bool) {
        #expect(Glob(pattern).matches(path) == expected)
    }

    @Test func scopeExcludeWinsOverInclude() {
        let scope = ScopeFilter(include: ["**/*.env", "src/**"], exclude: ["src/vendor/**"])

        #expect(scope.contains("src/app/main.swift"))
        #expect(scope.contains("deploy/prod.env"))
        #expect(!scope.contains("src/vendor/lib.swift"))
        #expect(!scope.contains("README.md"))
        #expect(ScopeFilter().contains("anything/at/all"))
    }
}
