import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The steps that bring up one test server.
struct PostgresLauncher {
    var binaries: PostgresBinaries

    /// Creates the cluster in a fresh folder and starts it on a free port.
    func launch() throws -> TestPostgresServer {
        let directory = try makeDirectory()
        do {
            try ShellCommand(
                binaries.path("initdb"),
                ["-D", directory + "/data", "-U", "postgres", "--auth=trust", "--no-locale", "-E", "UTF8", "--no-sync"]
            ).run(as: binaries.serverUser)
            let port = try FreePort.find()
            try start(directory: directory, port: port)
            return TestPostgresServer(
                host: "127.0.0.1",
                port: port,
                user: "postgres",
                directory: directory,
                binaries: binaries
            )
        } catch {
            try? FileManager.default.removeItem(atPath: directory)
            throw error
        }
    }

    /// A private folder, owned by the server user when there is one.
    private func makeDirectory() throws -> String {
        var template = Array((NSTemporaryDirectory() + "scanlogic-pg-XXXXXX").utf8CString)
        guard let created = mkdtemp(&template) else {
            throw TestPostgresServerError("cannot create a temporary folder: \(String(cString: strerror(errno)))")
        }
        let directory = String(cString: created)
        if let user = binaries.serverUser, chown(directory, user.uid, user.gid) != 0 {
            throw TestPostgresServerError(
                "cannot hand \(directory) to \(user.name): \(String(cString: strerror(errno)))"
            )
        }
        return directory
    }

    /// Starts the server: TCP on loopback only, the socket in the private folder, and no
    /// fsync because the data is thrown away.
    private func start(directory: String, port: Int) throws {
        let options =
            "-p \(port) -k \(directory) -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=300"
        try ShellCommand(
            binaries.path("pg_ctl"),
            ["-D", directory + "/data", "-o", options, "-l", directory + "/server.log", "-w", "-t", "60", "start"]
        ).run(as: binaries.serverUser)
    }
}

/// Finds a free TCP port on 127.0.0.1 by binding port 0 and asking which port it got.
enum FreePort {
    static func find() throws -> Int {
        #if canImport(Glibc)
        let socketType = Int32(SOCK_STREAM.rawValue)
        #else
        let socketType = SOCK_STREAM
        #endif
        let descriptor = socket(AF_INET, socketType, 0)
        guard descriptor >= 0 else { throw TestPostgresServerError("socket() failed") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0
            }
        }
        guard bound else { throw TestPostgresServerError("cannot bind a loopback port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
