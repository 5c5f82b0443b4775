/// Reads a data source: lists its objects page by page and fetches each one.
///
/// Connectors are stateless between calls except for connection pools, so any worker
/// can continue an enumeration from a cursor produced by another.
///
/// ```swift
/// var cursor: String? = nil
/// repeat {
///     let page = try await connector.enumerate(cursor: cursor, scope: scope, pageSize: 500)
///     for object in page.objects { _ = try await connector.fetch(object) }
///     cursor = page.nextCursor
/// } while cursor != nil
/// ```
public protocol Connector: Sendable {
    /// The kind of source this connector reads.
    var kind: SourceKind { get }

    /// Lists one page of objects in `scope`, starting at `cursor` (`nil` for the first).
    /// - Important: The same cursor always yields the same page while the source is
    ///   unchanged, so a retried enumeration job does not skip or repeat objects.
    /// - Throws: ``ScanError`` (`.connectionFailed`, `.notFound`, `.permissionDenied`).
    func enumerate(cursor: String?, scope: ScopeFilter, pageSize: Int) async throws -> EnumerationPage

    /// Fetches the content of one object for scanning.
    /// - Throws: ``ScanError`` (`.fetchFailed`, `.permissionDenied`, `.timeout`); a transient
    ///   error is retried, a permanent one is recorded as the object's outcome.
    func fetch(_ object: ObjectRef) async throws -> ObjectContent

    /// Releases connections; the connector is not used afterwards.
    func close() async
}
