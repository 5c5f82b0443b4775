/// One page of a list: `{"items": [...], "next_cursor": "..." | null}`.
public struct Page<Item: Decodable>: Decodable {
    /// The items of this page.
    public var items: [Item]
    /// The cursor of the next page, `nil` on the last page.
    public var nextCursor: String?

    enum CodingKeys: String, CodingKey {
        case items
        case nextCursor = "next_cursor"
    }

    /// Creates a page.
    public init(items: [Item], nextCursor: String?) {
        self.items = items
        self.nextCursor = nextCursor
    }

    public init(from decoder: any Decoder) throws {
        // A bare array is accepted too, as a single last page.
        if let items = try? decoder.singleValueContainer().decode([Item].self) {
            self.init(items: items, nextCursor: nil)
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(items: try container.decode([Item].self, forKey: .items), nextCursor: container.lenient(.nextCursor))
    }
}
