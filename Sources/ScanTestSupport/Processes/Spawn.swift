import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Starting a tool the way the test support does: `posix_spawn` with standard input from
/// /dev/null and standard output and error into one file (see ``ShellCommand`` for why not
/// Foundation's `Process` and not a pipe).
enum Spawn {
    /// Starts `argv` with `environment` (this process's when `nil`); returns its pid.
    static func start(_ argv: [String], outputPath: String, environment: [String: String]? = nil) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }
        let entries = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        var cEnvironment = entries.map { strdup($0) } + [nil]
        defer { for entry in cEnvironment { free(entry) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, &cArguments, &cEnvironment)
        guard spawned == 0 else {
            throw TestPostgresServerError("cannot start \(argv[0]): \(String(cString: strerror(spawned)))")
        }
        return pid
    }

    /// The exit status from `waitpid`: the exit code, or 128 + the signal that killed it.
    /// (WIFEXITED / WEXITSTATUS, spelled out: the C macros are not imported into Swift.)
    static func exitCode(_ status: Int32) -> Int32 {
        status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }
}
