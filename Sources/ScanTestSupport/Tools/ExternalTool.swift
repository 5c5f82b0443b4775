import Foundation

/// A scanner from PyPI that tests run for real, installed by `scripts/bootstrap-tools.sh`
/// into `.venv-tools`, or named by an environment variable.
///
/// Without it the suites that need it are skipped, unless `SCANLOGIC_REQUIRE_TOOLS=1`
/// (as in CI) makes them run and fail.
public struct ExternalTool: Sendable {
    /// The program's name in `.venv-tools/bin`.
    public let name: String
    /// The variable that may name the program instead.
    public let variable: String

    /// Bandit, Python's security linter, with its SARIF formatter.
    public static let bandit = ExternalTool(name: "bandit", variable: "SCANLOGIC_BANDIT")

    /// The variable that turns a missing tool from a skip into a failure.
    public static let requireVariable = "SCANLOGIC_REQUIRE_TOOLS"

    /// The program's path, if it is installed.
    public var path: String? {
        if let named = ProcessInfo.processInfo.environment[variable], !named.isEmpty { return named }
        let installed = Self.packageRoot + "/.venv-tools/bin/" + name
        return FileManager.default.isExecutableFile(atPath: installed) ? installed : nil
    }

    /// Whether suites needing the tool should run: it is installed, or required.
    public var shouldRun: Bool {
        path != nil || ProcessInfo.processInfo.environment[Self.requireVariable] == "1"
    }

    /// Why the suites are skipped.
    public var skipComment: String {
        "\(name) is not installed: run scripts/bootstrap-tools.sh (or set \(variable))"
    }

    /// Runs the tool with `arguments`; returns its exit status and output.
    /// - Throws: when the tool is missing or does not finish within `timeout` seconds.
    public func run(_ arguments: [String], timeout: Double = 120) async throws -> (status: Int32, output: String) {
        guard let path else { throw ExternalToolError(skipComment) }
        let process = try ChildProcess(path, arguments)
        defer { process.terminate() }
        guard let status = await process.wait(timeout: timeout) else {
            throw ExternalToolError("\(name) did not finish within \(Int(timeout)) s: \(process.output)")
        }
        return (status, process.output)
    }

    /// This package's root, from this file's place in it.
    private static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
}

/// A tool that is missing or misbehaved.
public struct ExternalToolError: Error, CustomStringConvertible {
    public let description: String

    init(_ description: String) { self.description = description }
}
