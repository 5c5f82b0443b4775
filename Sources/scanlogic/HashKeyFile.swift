import Foundation
import ScanCore

/// The installation's key for hashing matched values, kept in a 0600 file beside the store.
///
/// `SCANLOGIC_HASH_KEY` (64 hex characters) overrides the file, so several installations
/// can share fingerprints.
enum HashKeyFile {
    static func load(storePath: String, environment: [String: String]) throws -> [UInt8] {
        if let key = try fromEnvironment(environment) { return key }
        let path = (storePath as NSString).deletingLastPathComponent + "/hash.key"
        if let data = FileManager.default.contents(atPath: path), data.count >= 16 {
            return Array(data)
        }
        var generator = SystemRandomNumberGenerator()
        let key = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        guard FileManager.default.createFile(atPath: path, contents: Data(key), attributes: [.posixPermissions: 0o600])
        else { throw ScanError(.storage, "cannot write the hash key \(path)") }
        return key
    }

    /// The key for a shared store: every worker must hash alike, and a key kept in the
    /// database beside the hashes would protect nothing, so it comes from the environment.
    static func shared(environment: [String: String]) throws -> [UInt8] {
        guard let key = try fromEnvironment(environment) else {
            throw ScanError(
                .invalidInput,
                "a shared store needs SCANLOGIC_HASH_KEY (64 hex characters, e.g. from `openssl rand -hex 32`), "
                    + "the same on every server and worker"
            )
        }
        return key
    }

    private static func fromEnvironment(_ environment: [String: String]) throws -> [UInt8]? {
        guard let hex = environment["SCANLOGIC_HASH_KEY"], !hex.isEmpty else { return nil }
        guard let key = decodeHex(hex), key.count >= 16 else {
            throw ScanError(.invalidInput, "SCANLOGIC_HASH_KEY must be at least 32 hex characters")
        }
        return key
    }

    private static func decodeHex(_ text: String) -> [UInt8]? {
        let bytes = Array(text.utf8)
        guard bytes.count % 2 == 0 else { return nil }
        var out: [UInt8] = []
        for index in stride(from: 0, to: bytes.count, by: 2) {
            guard let byte = UInt8(String(decoding: bytes[index...index + 1], as: UTF8.self), radix: 16) else {
                return nil
            }
            out.append(byte)
        }
        return out
    }
}
