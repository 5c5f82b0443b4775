import ScanCore
import ScanRules
import Testing

/// A malformed rule set fails with an error that says where: file, line, column, key or rule id.
struct RuleSetErrorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var label: String
        var yaml: String
        var code: ScanError.Code
        var mentions: [String]
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(
            label: "broken YAML",
            yaml: "name: x\nscope: { paths: [\n",
            code: .invalidRuleSet,
            mentions: ["bad.yaml:3:"]
        ),
        Case(label: "tab indentation", yaml: "scope:\n\tpaths: {}\n", code: .invalidRuleSet, mentions: ["bad.yaml:2:"]),
        Case(
            label: "unknown top-level key",
            yaml: "name: x\nclasifiers: {}\n",
            code: .invalidRuleSet,
            mentions: ["bad.yaml:2:1", "clasifiers"]
        ),
        Case(
            label: "unknown nested key",
            yaml: "scope:\n  paths:\n    includes: ['a']\n",
            code: .invalidRuleSet,
            mentions: ["bad.yaml:3:5", "scope.paths.includes"]
        ),
        Case(
            label: "wrong type",
            yaml: "sampling:\n  rows: many\n",
            code: .invalidRuleSet,
            mentions: ["bad.yaml:2:9", "sampling.rows", "integer"]
        ),
        Case(
            label: "list expected",
            yaml: "allow: 4111111111111111\n",
            code: .invalidRuleSet,
            mentions: ["bad.yaml:1:8", "allow", "list"]
        ),
        Case(
            label: "ratio out of range",
            yaml: "min_match_ratio: 1.5\n",
            code: .invalidRuleSet,
            mentions: ["bad.yaml:1:18", "min_match_ratio"]
        ),
        Case(
            label: "unknown sampling mode",
            yaml: "sampling: { mode: sometimes }\n",
            code: .invalidRuleSet,
            mentions: ["bad.yaml:1:19", "sampling.mode", "random"]
        ),
        Case(
            label: "bad size",
            yaml: "max_file_size: 12 parsecs\n",
            code: .invalidRuleSet,
            mentions: ["bad.yaml:1:16", "max_file_size"]
        ),
        Case(
            label: "selection typo",
            yaml: "classifiers:\n  include: ['finacial.*']\n",
            code: .invalidRuleSet,
            mentions: ["bad.yaml:2:13", "finacial.*"]
        ),
        Case(
            label: "ratio for unknown rule",
            yaml: "min_match_ratio_per_rule:\n  pii.emial: 0.1\n",
            code: .invalidRuleSet,
            mentions: ["bad.yaml:2:3", "pii.emial"]
        ),
        Case(
            label: "duplicate key",
            yaml: "name: a\nname: b\n",
            code: .invalidRuleSet,
            mentions: ["bad.yaml:2:1", "duplicate"]
        ),
        Case(
            label: "invalid regex",
            yaml: "custom_rules:\n  - id: custom.broken\n    regex: 'EMP-[0-9'\n",
            code: .invalidRule,
            mentions: ["custom.broken", "bad.yaml:3:12"]
        ),
        Case(
            label: "lookbehind regex",
            yaml: "custom_rules:\n  - id: custom.look\n    regex: '(?<=id=)[0-9]+'\n",
            code: .invalidRule,
            mentions: ["custom.look", "lookaround"]
        ),
        Case(
            label: "regex Vectorscan cannot run",
            yaml: "custom_rules:\n  - id: custom.atomic\n    regex: 'a(?>bc|b)c'\n",
            code: .invalidRule,
            mentions: ["custom.atomic", "bad.yaml:3:12", "scan engine"]
        ),
        Case(
            label: "unknown rule key",
            yaml: "custom_rules:\n  - id: custom.x\n    regx: 'a'\n",
            code: .invalidRuleSet,
            mentions: ["bad.yaml:3:5", "custom_rules[0].regx"]
        ),
        Case(
            label: "unknown category",
            yaml: "custom_rules:\n  - id: custom.x\n    category: gossip\n    regex: 'a'\n",
            code: .invalidRuleSet,
            mentions: ["bad.yaml:3:15", "gossip"]
        ),
        Case(
            label: "missing id",
            yaml: "custom_rules:\n  - regex: 'a'\n",
            code: .invalidRule,
            mentions: ["bad.yaml:2:5", "id"]
        ),
        Case(
            label: "built-in id reused",
            yaml: "custom_rules:\n  - id: pii.email\n    regex: 'a'\n",
            code: .invalidRule,
            mentions: ["pii.email", "bad.yaml:2:5"]
        ),
        Case(
            label: "duplicate custom id",
            yaml: "custom_rules:\n  - id: custom.x\n    regex: 'a'\n  - id: custom.x\n    regex: 'b'\n",
            code: .invalidRule,
            mentions: ["custom.x", "bad.yaml:4:5"]
        ),
        Case(
            label: "empty dictionary",
            yaml: "custom_rules:\n  - id: custom.words\n    type: dictionary\n",
            code: .invalidRule,
            mentions: ["custom.words", "words"]
        ),
        Case(
            label: "unknown validator",
            yaml: "custom_rules:\n  - id: custom.v\n    regex: 'a'\n    validator: luhnn\n",
            code: .invalidRule,
            mentions: ["custom.v", "luhnn", "bad.yaml:4:16"]
        ),
        Case(label: "empty document", yaml: "", code: .invalidRuleSet, mentions: ["bad.yaml"]),
        Case(label: "not a mapping", yaml: "- a\n- b\n", code: .invalidRuleSet, mentions: ["bad.yaml:1:1", "mapping"]),
    ]

    @Test(arguments: cases)
    func reportsWhereTheProblemIs(_ example: Case) {
        do {
            _ = try RuleSet.parse(yaml: example.yaml, file: "bad.yaml")
            Issue.record("\(example.label) parsed without error")
        } catch let error as ScanError {
            #expect(error.code == example.code, "\(error.message)")
            for mention in example.mentions {
                #expect(error.message.contains(mention), "'\(error.message)' does not mention \(mention)")
            }
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func errorMessagesDoNotQuoteDenyValues() {
        let yaml = "deny: ['top-secret-value'\nname: [\n"
        #expect {
            _ = try RuleSet.parse(yaml: yaml, file: "bad.yaml")
        } throws: { error in
            guard let error = error as? ScanError else { return false }
            return error.code == .invalidRuleSet && !error.description.contains("top-secret-value")
        }
    }
}
