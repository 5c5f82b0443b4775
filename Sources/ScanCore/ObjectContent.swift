/// What a connector hands back for one object.
public enum ObjectContent: Sendable {
    /// Bytes to scan, read in overlapping chunks.
    case chunks(any ChunkedContent)
    /// Sampled rows of a table.
    case table(TableSample)
    /// The object cannot be scanned as text (a binary file, an unknown format).
    case unsupported(reason: String)
}
