import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Stops the shared test server when the test process exits.
///
/// Runs from `atexit`, where starting processes is unwise, so it signals the
/// postmaster directly (SIGQUIT is PostgreSQL's immediate shutdown) and removes the
/// folder once the server is gone.
enum SharedServerCleanup {
    private static let directory = Mutex<String?>(nil)

    /// Remembers `server` and arranges for it to be stopped at exit.
    static func register(_ server: TestPostgresServer) {
        directory.withLock { $0 = server.directory }
        atexit { SharedServerCleanup.stopAtExit() }
    }

    private static func stopAtExit() {
        guard let directory = directory.withLock({ $0 }) else { return }
        let pidFile = directory + "/data/postmaster.pid"
        if let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
            let line = text.split(separator: "\n").first, let pid = pid_t(line)
        {
            kill(pid, SIGQUIT)
            // Wait up to five seconds so the folder is not removed under a live server.
            for _ in 0..<50 where kill(pid, 0) == 0 { usleep(100_000) }
        }
        try? FileManager.default.removeItem(atPath: directory)
    }
}
