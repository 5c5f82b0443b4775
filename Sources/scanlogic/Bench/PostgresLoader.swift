import Foundation
import ScanCore

/// Loads a SQL script into PostgreSQL with `psql`.
///
/// The CLI target does not link PostgresNIO, and `COPY` through `psql` is the fastest
/// way to bulk-load anyway; the scan itself goes through the real PostgreSQL connector.
struct PostgresLoader {
    /// The connection URL, without password.
    let url: String
    /// The password, passed to psql in its environment, never on the command line.
    let password: String?

    /// Runs `script`; throws if psql fails.
    func load(_ script: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", "--quiet", "--no-psqlrc", "-v", "ON_ERROR_STOP=1", url]
        var environment = ProcessInfo.processInfo.environment
        if let password { environment["PGPASSWORD"] = password }
        process.environment = environment
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data(script.utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ScanError(.connectionFailed, "psql exited with status \(process.terminationStatus) loading \(url)")
        }
    }
}
