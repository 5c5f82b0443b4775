import ScanCore
import ScanRules
import Testing

struct RuleSetTests {
    static let document = """
        name: pci-and-secrets
        description: Cards and secrets in source trees
        classifiers: { include: ["financial.*", "secret.*"], exclude: ["secret.jwt"] }
        scope:
          paths: { include: ["**/*.env", "src/**"], exclude: ["**/node_modules/**"] }
          schemas: { include: ["public"], exclude: [] }
          tables: { include: ["*"], exclude: ["audit_*"] }
          columns: { exclude: ["*_hash"] }
        file_types: { include: ["txt", ".env", "*.json"], exclude: ["png"] }
        max_file_size: 64MB
        sampling: { rows: 200, mode: random, seed: 42 }
        min_match_ratio: 0.3
        min_match_ratio_per_rule: { "pii.email": 0.05, "financial.credit_card": 0.0 }
        allow: ["4111111111111111"]
        deny: ["internal-codename-x"]
        custom_rules:
          - id: custom.employee_id
            name: Employee id
            category: pii
            severity: medium
            regex: 'EMP-[0-9]{6}'
            context: ["employee"]
            column_names: ["emp_id", "*employee_id*"]
          - id: custom.project_codes
            type: dictionary
            words: ["bluebird", "nightjar"]
          - id: custom.salary_columns
            type: column_name
            column_names: ["*salary*"]
        """

    @Test func parsesFullDocument() throws {
        let ruleSet = try RuleSet.parse(yaml: Self.document, file: "pci.yaml")
        #expect(ruleSet.name == "pci-and-secrets")
        #expect(
            ruleSet.selection == ClassifierSelection(include: ["financial.*", "secret.*"], exclude: ["secret.jwt"])
        )
        #expect(ruleSet.paths == ScopeFilter(include: ["**/*.env", "src/**"], exclude: ["**/node_modules/**"]))
        #expect(ruleSet.schemas == ScopeFilter(include: ["public"]))
        #expect(ruleSet.tables == ScopeFilter(include: ["*"], exclude: ["audit_*"]))
        #expect(ruleSet.columns == ScopeFilter(exclude: ["*_hash"]))
        #expect(ruleSet.fileTypes == ScopeFilter(include: ["txt", "env", "json"], exclude: ["png"]))
        #expect(ruleSet.maxFileSize == 64 * 1024 * 1024)
        #expect(ruleSet.sampling == SamplingOptions(rows: 200, mode: .random, seed: 42))
        #expect(ruleSet.minMatchRatio(for: "pii.email") == 0.05)
        #expect(ruleSet.minMatchRatio(for: "financial.credit_card") == 0)
        #expect(ruleSet.minMatchRatio(for: "financial.iban") == 0.3)
        #expect(ruleSet.allow == ["4111111111111111"])
        #expect(ruleSet.deny == ["internal-codename-x"])
        #expect(
            ruleSet.customRules.map(\.id) == ["custom.employee_id", "custom.project_codes", "custom.salary_columns"]
        )
    }

    @Test func customRulesKeepTheirSettings() throws {
        let rules = try RuleSet.parse(yaml: Self.document, file: "pci.yaml").customRules
        #expect(rules[0].kind == .regex("EMP-[0-9]{6}", caseInsensitive: false))
        #expect(rules[0].name == "Employee id")
        #expect(rules[0].contextKeywords == ["employee"])
        #expect(rules[0].columnNames == ["emp_id", "*employee_id*"])
        #expect(rules[1].kind == .dictionary(["bluebird", "nightjar"], caseInsensitive: true))
        #expect(rules[1].category == .pii && rules[1].severity == .medium)
        #expect(rules[2].kind == .columnName)
    }

    @Test func classifiersApplySelectionCustomRulesDenyAndAllow() throws {
        // Given the document's selection of financial and secret rules without secret.jwt
        let classifiers = try RuleSet.parse(yaml: Self.document, file: "pci.yaml").classifiers()
        let ids = classifiers.map(\.id)
        // Then only those built-ins, the custom rules and the deny rule are present
        #expect(ids.contains("financial.credit_card") && ids.contains("secret.github_token"))
        #expect(!ids.contains("secret.jwt") && !ids.contains("pii.email"))
        #expect(
            ids.suffix(4) == ["custom.employee_id", "custom.project_codes", "custom.salary_columns", "custom.deny"]
        )
        // And every classifier carries the allow list
        #expect(classifiers.allSatisfy { $0.allowList.contains("4111111111111111") })
    }

    @Test func defaultRunsEveryBuiltinEverywhere() throws {
        let ruleSet = RuleSet.default
        #expect(try ruleSet.classifiers().count == BuiltinClassifiers.all.count)
        #expect(ruleSet.includesFile("any/where/file.bin"))
        #expect(ruleSet.includesTable(schema: "main", table: "users"))
        #expect(ruleSet.maxFileSize == RuleSet.defaultMaxFileSize)
        #expect(ruleSet.minMatchRatio(for: "pii.email") == RuleSet.defaultMinMatchRatio)
    }

    @Test func emptyMappingIsTheDefault() throws {
        let ruleSet = try RuleSet.parse(yaml: "name: minimal", file: "minimal.yaml")
        #expect(try ruleSet.classifiers().count == BuiltinClassifiers.all.count)
        #expect(ruleSet.sampling == SamplingOptions())
    }

    @Test(arguments: [
        ("src/app/config.json", true), ("deploy/.env", true), ("src/node_modules/x/a.json", false),
        ("docs/readme.txt", false), ("src/logo.png", false), ("src/Makefile", false),
    ])
    func fileScope(path: String, included: Bool) throws {
        let ruleSet = try RuleSet.parse(yaml: Self.document, file: "pci.yaml")
        #expect(ruleSet.includesFile(path) == included)
    }

    @Test func tableAndColumnScope() throws {
        let ruleSet = try RuleSet.parse(yaml: Self.document, file: "pci.yaml")
        #expect(ruleSet.includesColumn(schema: "public", table: "users", column: "email"))
        #expect(!ruleSet.includesColumn(schema: "public", table: "users", column: "password_hash"))
        #expect(!ruleSet.includesTable(schema: "public", table: "audit_log"))
        #expect(!ruleSet.includesTable(schema: "internal", table: "users"))
        #expect(ruleSet.includesFile(size: 64 * 1024 * 1024) && !ruleSet.includesFile(size: 64 * 1024 * 1024 + 1))
    }

    @Test(arguments: [("1024", 1024), ("512KB", 512 * 1024), ("1 GiB", 1 << 30), ("3m", 3 << 20)])
    func maxFileSizeUnits(text: String, bytes: Int) throws {
        let ruleSet = try RuleSet.parse(yaml: "max_file_size: \(text)", file: "size.yaml")
        #expect(ruleSet.maxFileSize == bytes)
    }

    @Test(arguments: [
        ("category:pii", "pii.email", true), ("category:secret", "secret.jwt", true),
        ("category:credential", "pii.email", false), ("financial.*", "financial.iban", true),
        ("secret.github_*", "secret.github_oauth_token", true), ("secret.github_*", "secret.gitlab_token", false),
    ])
    func selectionPatterns(pattern: String, id: String, selected: Bool) throws {
        let classifier = try #require(BuiltinClassifiers.classifier(id: id))
        #expect(ClassifierSelection(include: [pattern]).selects(classifier) == selected)
    }

    @Test func perRuleRatiosDriveColumnClassification() throws {
        // Given a rule set where one card is enough but emails need 30 % of values
        let yaml = """
            classifiers: { include: ["financial.credit_card", "pii.email"] }
            min_match_ratio: 0.3
            min_match_ratio_per_rule: { "financial.credit_card": 0.0 }
            """
        let ruleSet = try RuleSet.parse(yaml: yaml, file: "ratios.yaml")
        let engine = try RuleEngine(classifiers: ruleSet.classifiers())
        let values: [String?] = ["5555555555554444 paid", "jane@example.com", "n/a", "n/a", "n/a", "n/a", "n/a", "n/a"]
        let table = TableSample(
            schema: "main",
            table: "notes",
            rowCount: 8,
            columns: [ColumnSample(name: "note", type: "text", values: values)]
        )
        // When the column is classified with the rule set's thresholds
        let rules = Set(engine.classify(table, minMatchRatio: ruleSet.minMatchRatio(for:)).map(\.classification.ruleID))
        // Then the single card classifies it and the single email (1 of 8) does not
        #expect(rules == ["financial.credit_card"])
    }

    @Test func customRulesRunInTheEngine() throws {
        // Given the document's custom regex, dictionary and deny rules
        let ruleSet = try RuleSet.parse(yaml: Self.document, file: "pci.yaml")
        let engine = try RuleEngine(classifiers: ruleSet.classifiers())
        // When a text holds an employee id, a project code, a denied value and an allowed card
        let text = "employee EMP-123456 on bluebird, see internal-codename-x; card 4111111111111111"
        let ids = Set(engine.scan(Array(text.utf8)).map(\.ruleID))
        // Then the custom rules fire and the allowed card does not
        #expect(ids.isSuperset(of: ["custom.employee_id", "custom.project_codes", "custom.deny"]))
        #expect(!ids.contains("financial.credit_card"))
    }
}
