import ScanCore

/// How much one ingest may carry; over a limit the whole ingest is refused with
/// ``ScanCore/ScanError/Code/tooLarge`` (HTTP 413) before anything is stored.
public struct IngestLimits: Sendable, Hashable {
    /// The largest file accepted, in bytes.
    public var maximumBytes: Int
    /// The most results accepted over all the file's runs.
    public var maximumResults: Int

    /// Creates limits; the defaults take a 50,000-result SARIF file with room to spare.
    public init(maximumBytes: Int = 64 << 20, maximumResults: Int = 200_000) {
        self.maximumBytes = maximumBytes
        self.maximumResults = maximumResults
    }

    func checkSize(_ bytes: Int) throws {
        guard bytes <= maximumBytes else {
            throw ScanError(.tooLarge, "the file is \(bytes) bytes; the limit is \(maximumBytes)")
        }
    }

    func checkResults(_ count: Int) throws {
        guard count <= maximumResults else {
            throw ScanError(.tooLarge, "the file has \(count) results; the limit is \(maximumResults)")
        }
    }
}
