import ArgumentParser
import Foundation
import ScanCore
import ScanEngine
import ScanRules

extension ScanLogic {
    /// `scanlogic rules …`: inspect classifiers and try one on a text.
    struct Rules: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List classifiers and test a rule on a text.",
            subcommands: [List.self, Test.self]
        )

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List the classifiers of a rule set.")
            @Option(help: "A YAML rule set file (default: all built-in classifiers).") var rules: String?

            func run() async throws {
                let classifiers = try RuleDocument.classifiers(try rules.map(RuleFile.read))
                for classifier in classifiers {
                    let id = classifier.id.padding(toLength: 40, withPad: " ", startingAt: 0)
                    let category = classifier.category.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)
                    let severity = classifier.severity.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
                    print("\(id)\(category)\(severity)\(classifier.name)")
                }
                print("\(classifiers.count) classifiers")
            }
        }

        struct Test: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Run one rule over a text and show its matches (values are redacted)."
            )
            @Option(help: "A YAML rule set file that defines the rule.") var rules: String?
            @Argument(help: "The rule id, e.g. financial.credit_card.") var rule: String
            @Argument(help: "The text to scan; '-' reads standard input.") var text: String

            func run() async throws {
                let classifiers = try RuleDocument.classifiers(try rules.map(RuleFile.read))
                guard let classifier = classifiers.first(where: { $0.id == rule }) else {
                    throw ScanError(.notFound, "no rule with id \(rule); see 'scanlogic rules list'")
                }
                let input =
                    text == "-" ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) : text
                let bytes = Array(input.utf8)
                let matches = try RuleEngine(classifiers: [classifier]).scan(bytes)
                for match in matches {
                    let preview = Redactor.preview(bytes[match.valueStart..<match.valueEnd])
                    print(
                        "match at bytes \(match.valueStart)..<\(match.valueEnd): \(preview) (confidence \(match.confidence))"
                    )
                }
                print(matches.isEmpty ? "no match" : "\(matches.count) match(es)")
                if matches.isEmpty { throw ExitCode(1) }
            }
        }
    }
}
