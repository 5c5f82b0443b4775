import Foundation
import ScanCore

/// Reads a rule set file given on the command line.
enum RuleFile {
    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ScanError(.invalidInput, "cannot read the rule set file \(path)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
