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
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, &cArguments, environ)
        guard spawned == 0 else {
            throw TestPostgresServerError("cannot start \(argv[0]): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw TestPostgresServerError("waitpid failed for \(argv[0])") }
        }
        // WIFEXITED / WEXITSTATUS, spelled out: the C macros are not imported into Swift.
        return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }
}
