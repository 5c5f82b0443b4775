/// One page of an enumeration: the objects on it and where the next page starts.
public struct EnumerationPage: Sendable, Codable, Hashable {
    /// Objects in scope found on this page.
    public var objects: [ObjectRef]
    /// The cursor of the next page, `nil` when enumeration is exhausted.
    public var nextCursor: String?
    /// Objects seen but not returned because they were out of scope or skipped
    /// (symlinks, special files); counted for reporting only.
    public var skipped: Int

    /// Creates a page.
    public init(objects: [ObjectRef], nextCursor: String?, skipped: Int = 0) {
        self.objects = objects
        self.nextCursor = nextCursor
        self.skipped = skipped
    }
}
