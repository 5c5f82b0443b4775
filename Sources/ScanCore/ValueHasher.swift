import Crypto

/// Keyed hashing of matched values, so equal secrets can be recognised without storing them.
///
/// The key belongs to the installation (see ``HashKey``). Without it, a stored hash
/// cannot be confirmed by guessing candidate values, which a plain SHA-256 would allow
/// for short values such as card numbers.
public struct ValueHasher: Sendable {
    // Raw bytes rather than `SymmetricKey`, which is not `Sendable` in swift-crypto 3.
    private let key: [UInt8]

    /// Creates a hasher from raw key bytes (at least 16).
    public init(key: [UInt8]) {
        precondition(key.count >= 16, "hash key too short")
        self.key = key
    }

    /// The hex HMAC-SHA256 of `value`.
    public func hash(_ value: some Sequence<UInt8>) -> String {
        var hmac = HMAC<SHA256>(key: SymmetricKey(data: key))
        hmac.update(data: Array(value))
        return Hex.encode(hmac.finalize())
    }
}

/// Hex encoding for digests.
public enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    /// Lower-case hex of `bytes`.
    public static func encode(_ bytes: some Sequence<UInt8>) -> String {
        var out: [UInt8] = []
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
