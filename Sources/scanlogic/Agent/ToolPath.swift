import ArgumentParser
import Foundation

/// Checks that the external tools an agent offers exist, so a typo fails at start rather
/// than on the first tool scan the server hands it.
enum ToolPath {
    /// `tools`, each checked: a name is looked up on `PATH` (as the tool runner does), a path
    /// must be an executable file.
    /// - Throws: A `ValidationError` naming the first tool not found.
    static func check(_ tools: [String], environment: [String: String]) throws -> [String] {
        for tool in tools where find(tool, environment: environment) == nil {
            throw ValidationError(
                tool.contains("/")
                    ? "--tool \(tool): not an executable file"
                    : "--tool \(tool): not found on PATH; install it or give its path"
            )
        }
        return Array(Set(tools)).sorted()
    }

    /// The executable `tool` names, or `nil`.
    static func find(_ tool: String, environment: [String: String]) -> String? {
        let files = FileManager.default
        if tool.contains("/") { return files.isExecutableFile(atPath: tool) ? tool : nil }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        return folders.map { ($0.isEmpty ? "." : $0) + "/" + tool }.first { files.isExecutableFile(atPath: $0) }
    }
}
