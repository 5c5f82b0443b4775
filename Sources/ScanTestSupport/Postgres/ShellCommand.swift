import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs a tool to completion and returns its combined output.
///
/// Uses `posix_spawn` and a blocking `waitpid` rather than Foundation's `Process`: on Linux
/// `Process.waitUntilExit()` was seen to miss the exit of `runuser`, leaving it a zombie and
/// the test run hung. Output goes to a temporary file rather than a pipe: `pg_ctl start`
/// leaves a server running, and a pipe inherited by it would never reach end-of-file.
struct ShellCommand {
    /// `runuser`, used to drop root privileges for the server tools.
    static let runuser = "/usr/sbin/runuser"

    var executable: String
    var arguments: [String]

    init(_ executable: String, _ arguments: [String]) {
        self.executable = executable
        self.arguments = arguments
    }

    /// Runs the command, as `user` when given (through `runuser`).
    /// - Throws: ``TestPostgresServerError`` with the output when it exits non-zero.
    @discardableResult
    func run(as user: PostgresBinaries.ServerUser? = nil) throws -> String {
        let outputPath = NSTemporaryDirectory() + "scanlogic-cmd-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        let argv = user.map { [Self.runuser, "-u", $0.name, "--", executable] + arguments } ?? [executable] + arguments
        let status = try Self.spawnAndWait(argv, outputPath: outputPath)
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        guard status == 0 else {
            let name = (executable as NSString).lastPathComponent
            throw TestPostgresServerError("\(name) exited with \(status): \(text)")
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Spawns `argv` with stdin from /dev/null and stdout+stderr to `outputPath`, and waits.
    private static func spawnAndWait(_ argv: [String], outputPath: String) throws -> Int32 {
        let pid = try Spawn.start(argv, outputPath: outputPath)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw TestPostgresServerError("waitpid failed for \(argv[0])") }
        }
        return Spawn.exitCode(status)
    }
}
