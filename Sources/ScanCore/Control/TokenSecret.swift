import Crypto
import Foundation

/// Generates and hashes API token secrets.
///
/// A secret is `slk_` followed by 43 URL-safe base64 characters (256 random bits), so a
/// plain SHA-256 is enough to store it: there is nothing to brute-force.
public enum TokenSecret {
    /// The prefix every secret starts with, so leaked tokens are easy to recognise.
    public static let scheme = "slk_"

    /// A fresh random secret.
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let encoded = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return scheme + encoded
    }

    /// The hex SHA-256 of `secret`, as stored.
    public static func hash(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// The part of a secret safe to show in listings.
    public static func displayPrefix(_ secret: String) -> String {
        String(secret.prefix(scheme.count + 6))
    }
}
