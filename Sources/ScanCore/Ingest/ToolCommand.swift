import Foundation

/// An external scanner a definition runs instead of ScanLogic's own rules: a command that
/// writes a report (SARIF or the native format), run by a worker or an agent with a
/// timeout; its report is stored on the run like an ingested one.
///
/// Arguments may hold placeholders, replaced when the command runs:
/// - `{target}`: the source's location (the directory of a file-tree source);
/// - `{output}`: a fresh file the tool writes its report to; without it the report is read
///   from standard output;
/// - `{workdir}`: a fresh directory for the tool's own files.
public struct ToolCommand: Sendable, Codable, Hashable {
    /// The report formats a tool can write.
    public enum Format: String, Sendable, Codable, CaseIterable {
        case sarif
        case native
    }

    /// The placeholders arguments may hold.
    public static let placeholders: Set<String> = ["target", "output", "workdir"]

    /// The executable (a path, or a name looked up on `PATH`) and its arguments.
    public var arguments: [String]
    /// The report's format.
    public var format: Format
    /// How long the tool may run before it is stopped and the run fails.
    public var timeoutSeconds: Double
    /// The exit statuses that mean the tool ran; Bandit and gitleaks exit 1 when they found
    /// something, so such tools list `[0, 1]`.
    public var exitCodes: [Int32]

    /// Creates a command.
    public init(arguments: [String], format: Format = .sarif, timeoutSeconds: Double = 600, exitCodes: [Int32] = [0]) {
        self.arguments = arguments
        self.format = format
        self.timeoutSeconds = timeoutSeconds
        self.exitCodes = exitCodes
    }

    /// The command's name for messages: its executable's last path component.
    public var name: String {
        arguments.first.map { String($0.split(separator: "/").last ?? Substring($0)) } ?? "tool"
    }

    /// Checks the command before it is saved.
    /// - Throws: `.invalidInput` naming the problem.
    public func validate() throws {
        guard let executable = arguments.first, !executable.isEmpty else {
            throw ScanError(.invalidInput, "tool_command.arguments must name an executable")
        }
        for (index, argument) in arguments.enumerated() {
            for name in Self.placeholderNames(in: argument) where !Self.placeholders.contains(name) {
                let known = Self.placeholders.sorted().map { "{\($0)}" }.joined(separator: ", ")
                throw ScanError(
                    .invalidInput,
                    "tool_command.arguments[\(index)]: unknown placeholder {\(name)}; use \(known)"
                )
            }
        }
        guard timeoutSeconds > 0, timeoutSeconds <= 86_400 else {
            throw ScanError(.invalidInput, "tool_command.timeout_seconds must be between 1 and 86400")
        }
        guard !exitCodes.isEmpty else {
            throw ScanError(.invalidInput, "tool_command.exit_codes must list at least one status")
        }
    }

    /// Whether the report is written to `{output}` rather than to standard output.
    public var writesOutputFile: Bool {
        arguments.contains { $0.contains("{output}") }
    }

    /// The arguments with every placeholder replaced by its value.
    public func resolved(_ values: [String: String]) -> [String] {
        arguments.map { argument in
            var text = argument
            for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
            return text
        }
    }

    /// The names in `{name}` forms, a name being lower-case letters and underscores; other
    /// braces (a JSON document in a shell script, say) are left alone.
    static func placeholderNames(in argument: String) -> [String] {
        var names: [String] = []
        var rest = Substring(argument)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            let name = after.prefix { $0 == "_" || ("a"..."z").contains($0) }
            if !name.isEmpty, after.dropFirst(name.count).first == "}" { names.append(String(name)) }
            rest = after
        }
        return names
    }
}
