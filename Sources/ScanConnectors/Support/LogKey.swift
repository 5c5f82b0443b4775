/// Metadata keys the connectors log with, defined once so they stay consistent.
enum LogKey {
    /// The connector kind (`filesystem`, `sqlite`, `postgres`).
    static let kind = "scan.connector.kind"
    /// How many objects a page returned.
    static let objects = "scan.connector.objects"
    /// How many entries a page skipped.
    static let skipped = "scan.connector.skipped"
    /// The sampling mode of a table fetch.
    static let sampling = "scan.connector.sampling"
}
