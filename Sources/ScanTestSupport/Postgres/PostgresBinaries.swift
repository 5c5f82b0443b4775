import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where `initdb`, `pg_ctl` and `psql` live, and which user runs the server.
struct PostgresBinaries: Sendable {
    /// The folder holding the tools.
    var directory: String
    /// The unprivileged user the server runs as when the tests run as root, because
    /// `initdb` and `postgres` refuse to run as root.
    var serverUser: ServerUser?

    /// A user's name and ids, for `runuser` and `chown`.
    struct ServerUser: Sendable {
        var name: String
        var uid: uid_t
        var gid: gid_t
    }

    private static let tools = ["initdb", "pg_ctl", "psql"]

    /// The full path of a tool.
    func path(_ tool: String) -> String { directory + "/" + tool }

    /// Finds the tools on `PATH`, then in `/usr/lib/postgresql/*/bin` (newest first).
    static func locate() -> Result<PostgresBinaries, TestPostgresServerError> {
        guard let directory = candidateDirectories().first(where: hasAllTools) else {
            return .failure(
                TestPostgresServerError("initdb, pg_ctl and psql not found on PATH or in /usr/lib/postgresql")
            )
        }
        guard getuid() == 0 else { return .success(PostgresBinaries(directory: directory, serverUser: nil)) }
        guard let user = getpwnam("postgres") else {
            return .failure(TestPostgresServerError("running as root but there is no postgres user to run the server"))
        }
        guard FileManager.default.isExecutableFile(atPath: ShellCommand.runuser) else {
            return .failure(TestPostgresServerError("running as root but \(ShellCommand.runuser) is missing"))
        }
        let serverUser = ServerUser(name: "postgres", uid: user.pointee.pw_uid, gid: user.pointee.pw_gid)
        return .success(PostgresBinaries(directory: directory, serverUser: serverUser))
    }

    private static func candidateDirectories() -> [String] {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let onPath = path.split(separator: ":").map(String.init)
        let root = "/usr/lib/postgresql"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        let installed = versions.sorted { (Int($0) ?? 0) > (Int($1) ?? 0) }.map { "\(root)/\($0)/bin" }
        return onPath + installed
    }

    private static func hasAllTools(_ directory: String) -> Bool {
        tools.allSatisfy { FileManager.default.isExecutableFile(atPath: directory + "/" + $0) }
    }
}
